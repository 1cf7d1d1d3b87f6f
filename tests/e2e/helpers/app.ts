// Shared steps of browser tests: what a teacher does first on a new device.
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';

export const SCHOOL = {
  name: 'Escuela Primaria Benito Juárez',
  cct: '14DPR0123X',
  zona: '087',
  director: 'Mtra. Rosa Elena Núñez',
  responsable: 'Profr. Ángel Gutiérrez',
};

/** Fills the first-run profile with two teachers and waits for the app to open. */
export async function setupSchool(page: Page, overrides: Partial<typeof SCHOOL> = {}): Promise<void> {
  const s = { ...SCHOOL, ...overrides };
  await page.getByLabel('Nombre de la escuela').fill(s.name);
  await page.getByLabel('Clave de Centro de Trabajo (CCT)').fill(s.cct);
  await page.getByLabel('Nivel educativo').selectOption('primaria');
  await page.getByLabel('Zona escolar').fill(s.zona);
  await page.getByLabel('Director o directora').fill(s.director);
  await page.getByLabel('Responsable del Cuaderno de Bitácora').fill(s.responsable);
  for (const [name, assignment] of [
    ['María López Pérez', '3° A'],
    ['José Ramírez Cruz', '5° B'],
  ] as const) {
    await page.getByRole('button', { name: '+ Agregar docente' }).click();
    await page.getByLabel('Nombre del docente').last().fill(name);
    await page.getByLabel('Grado y grupo, o asignatura').last().fill(assignment);
  }
  await page.getByRole('button', { name: 'Guardar y comenzar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Bitácora de ${s.name}` })).toBeVisible();
}

/** Waits until the service worker controls the page, so the next load can come from its cache. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((ok) => navigator.serviceWorker.addEventListener('controllerchange', () => ok(), { once: true }));
    }
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync('artifacts/screenshots', { recursive: true });
  await page.screenshot({ path: `artifacts/screenshots/${name}.png`, fullPage: true });
}

/** No serious or critical axe violations on the current screen. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Creates a meeting through its form and waits for its screen; `author` then says who writes. */
export async function createMeetingOnScreen(page: Page, baseUrl: string, name: string, date?: string, author?: string): Promise<void> {
  await page.goto(`${baseUrl}/encuentros/nuevo`);
  await page.getByLabel('Nombre del encuentro').fill(name);
  if (date) await page.getByLabel('Fecha').fill(date);
  await page.getByRole('button', { name: 'Crear encuentro' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  if (author) await page.getByLabel('¿Quién escribe en este dispositivo?').fill(author);
}

/** Types a card in the panel field labelled `label` and adds it with that form's "Agregar". */
export async function addCardOnScreen(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).fill(text);
  await page
    .getByLabel(label, { exact: true })
    .locator('xpath=ancestor::form')
    .getByRole('button', { name: 'Agregar', exact: true })
    .click();
  await expect(page.locator('.meeting-card', { hasText: text }).first()).toBeVisible();
}

/** Slows the page's CPU `rate` times (Chromium's DevTools throttling), as an old phone would run it. */
export async function slowCpu(page: Page, rate: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}
