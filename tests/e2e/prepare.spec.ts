// Issue 8: from an empty session to a saved plenaria and the school's slides, offline.
import { expect, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { serveBuild } from './helpers/server';
import { expectAccessible, screenshot, setupSchool, waitForServiceWorker } from './helpers/app';
import { printToPdf } from './helpers/pdf';
import { heldWakeLocks, watchWakeLocks } from './helpers/wakeLock';

const server = serveBuild();

async function recordPractice(page: Page, teacher: string, title: string, reasons: [string, string, string]) {
  await page.getByRole('button', { name: `+ Registrar la práctica de ${teacher}` }).click();
  await page.getByLabel('Nombre de la práctica').fill(title);
  await page.getByLabel('¿Qué hizo en el aula?').fill(`Descripción de ${title}`);
  await page.getByLabel('Contenido o habilidad de mayor dificultad que atiende').fill('Comprensión lectora');
  for (const [i, r] of reasons.entries()) await page.getByLabel(`Razón ${i + 1}`).fill(r);
  await page.getByLabel('Problemáticas que aún no se resuelven en el aula').fill('Inferencias en textos largos');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
}

test('the guided flow, offline: valoración, comparison, plenaria, selection and slides', async ({ page, context }) => {
  test.setTimeout(120_000);
  await watchWakeLocks(context);
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(server.url);
  await waitForServiceWorker(page);
  await setupSchool(page);
  await page.goto(`${server.url}/sesiones/nueva`);
  await page.getByLabel('Número de sesión').selectOption('2');
  await page.getByLabel('Fecha').fill('2018-11-09');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByText('Sesión registrada.')).toBeVisible();
  await context.setOffline(true);

  await page.goto(`${server.url}/preparar`);
  await page.getByRole('button', { name: 'Comenzar' }).click();
  await expect(page.getByText('0 de 4 pasos terminados')).toBeVisible();
  await expect(page.getByText('Recupere la práctica educativa que logró captar la atención')).toBeVisible();
  await page.getByRole('button', { name: 'Guardar y continuar' }).click();
  await expect(page.getByRole('alert')).toHaveText('Registre al menos una práctica antes de continuar.');

  await recordPractice(page, 'María López Pérez', 'Lectura en voz alta por parejas', [
    'Todos participan',
    'Leen más rápido',
    'Comentan lo leído',
  ]);
  await recordPractice(page, 'José Ramírez Cruz', 'Problemas con regletas', [
    'Manipulan material',
    'Explican su procedimiento',
    'Mejoró el examen',
  ]);
  await expectAccessible(page, 'valoración individual');
  await page.getByRole('button', { name: 'Guardar y continuar' }).click();

  // Step 2: the comparison, stacked on a phone.
  await expect(page.getByText('1 de 4 pasos terminados')).toBeVisible();
  await expect(page.getByRole('heading', { name: '3° A' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '5° B' })).toBeVisible();
  await page.getByLabel('Semejanzas').first().fill('Ambos trabajan en parejas');
  await page.getByLabel('Problemáticas en las que solicitamos apoyo').first().fill('Inferencias');
  await expectAccessible(page, 'comparación');
  await screenshot(page, '360-preparar-comparacion');
  await page.setViewportSize({ width: 1280, height: 800 });
  await screenshot(page, '1280-preparar-comparacion');
  const columns = page.locator('.compare-column');
  const [a, b] = [await columns.nth(0).boundingBox(), await columns.nth(1).boundingBox()];
  expect(a!.y).toBe(b!.y); // side by side on a laptop
  await page.getByRole('button', { name: 'Guardar y continuar' }).click();
  await expect(page.getByText('2 de 4 pasos terminados')).toBeVisible();

  // The flow can be left and resumed where it was.
  await page.reload();
  await expect(page.getByText('2 de 4 pasos terminados')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '3. Plenaria' })).toBeVisible();
  await page.getByRole('button', { name: /2\. Valoración por grado/ }).click();
  await expect(page.getByLabel('Semejanzas').first()).toHaveValue('Ambos trabajan en parejas');
  await page.getByRole('button', { name: /3\. Plenaria/ }).click();

  await page.getByLabel('Prácticas que resultaron efectivas').fill('Lectura en parejas y material concreto');
  await page.getByLabel('Contenidos que aún representan dificultad').fill('Inferencias; fracciones equivalentes');
  await page.getByLabel('Apoyo que se requiere').fill('Estrategias para inferir');
  await page.getByRole('button', { name: 'Guardar y continuar' }).click();

  await expect(page.getByText('3 de 4 pasos terminados')).toBeVisible();
  await page.getByLabel('Lectura en voz alta por parejas — María López Pérez').check();
  await page.getByLabel('Problemas con regletas — José Ramírez Cruz').check();
  await page.getByLabel('Apoyo que esperamos encontrar en el encuentro').fill('Ideas de otras escuelas para inferir');
  await expectAccessible(page, 'qué compartiremos');
  await page.getByRole('button', { name: 'Guardar y continuar' }).click();

  // The slides, full screen, navigated by keyboard.
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByRole('timer')).toHaveText(/^1[45]:\d\d$/);
  await expect.poll(() => heldWakeLocks(page)).toBe(1); // the screen stays on while presenting
  const current = page.locator('.slide.current');
  await expect(current).toContainText('Escuela Primaria Benito Juárez');
  await screenshot(page, '1280-diapositiva-1');
  await page.keyboard.press('ArrowRight');
  await expect(current).toContainText('Lectura en voz alta por parejas');
  await expect(current).toContainText('Comentan lo leído');
  await screenshot(page, '1280-diapositiva-2');
  await page.keyboard.press('End');
  await expect(current).toContainText('El apoyo que buscamos');
  await expect(current).toContainText('Ideas de otras escuelas para inferir');
  await page.keyboard.press('ArrowLeft');
  await expect(current).toContainText('Nuestros avances');
  await page.keyboard.press('Home');
  await expect(current).toContainText('Aprendizaje entre escuelas');
  await expectAccessible(page, 'diapositivas');

  // On paper: one landscape page per slide, titles in order.
  const pdf = await printToPdf(page, 'diapositivas');
  expect(pdf.pages).toBe(5);
  const titles = [
    'Escuela Primaria Benito Juárez',
    'Lectura en voz alta por parejas',
    'Problemas con regletas',
    'Nuestros avances',
    'El apoyo que buscamos',
  ];
  titles.forEach((title, i) => expect(pdf.pageTexts[i]!.replace(/\s+/g, ' ')).toContain(title));
  const { pageSize } = await import('./helpers/pdf');
  expect(pageSize(pdf.path)).toEqual({ width: 792, height: 612 });

  // The plenaria's acuerdos are part of the session in the printed bitácora.
  await page.goto(`${server.url}/imprimir/ciclo/2018-2019`);
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  await expect(page.getByText('Acuerdos de la plenaria')).toBeVisible();
  await expect(page.getByText('Estrategias para inferir')).toBeVisible();
});
