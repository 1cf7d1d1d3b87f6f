// Issue 19, item 7 (seed 000), on one device (a school's preparation is never shared): before
// preparing the presentation, the colectivo recovers the purpose of the inter-school meeting in its
// own words, and the presentation opens with it; and a school with one group per grade compares
// several grades as one group. Both are kept with the preparation and come back after a reload.
import { expect, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { expectAccessible, screenshot, setupSchool } from './helpers/app';
import { noSidewaysScroll } from './helpers/guideRoom';
import { storedDrafts } from './helpers/drafts';
import { serveBuild } from './helpers/server';

const server = serveBuild();
const PURPOSE = 'Pedir a las otras escuelas ideas para enseñar fracciones y contar lo que nos funcionó en lectura';

async function startPreparation(page: Page): Promise<void> {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(server.url);
  await setupSchool(page);
  await page.goto(`${server.url}/sesiones/nueva`);
  await page.getByLabel('Número de sesión').selectOption('2');
  await page.getByLabel('Fecha').fill('2018-11-09');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByText('Sesión registrada.')).toBeVisible();
  await page.goto(`${server.url}/preparar`);
  await page.getByRole('button', { name: 'Comenzar' }).click();
}

test('the purpose is recovered before the presentation and kept with the preparation', async ({ page }) => {
  test.setTimeout(90_000);
  await startPreparation(page);
  await page.getByRole('button', { name: /4\. Qué compartiremos/ }).click();

  const box = page.locator('#proposito');
  await expect(box.getByRole('heading', { name: 'Antes de preparar la presentación: recuperen el propósito' })).toBeVisible();
  await expect(box).toContainText('¿Para qué nos reunimos con las otras escuelas de la zona, y quiénes estarán?');
  await expect(box.getByRole('status')).toHaveText('Aún no escriben el propósito: conviene hacerlo antes de armar la presentación.');
  await box.getByLabel('El propósito del encuentro, en palabras del colectivo').fill(PURPOSE);
  await expect(box.getByRole('status')).toHaveText('Propósito recuperado.');
  await screenshot(page, '360-preparar-proposito');
  await expectAccessible(page, 'recuperen el propósito');
  expect(await noSidewaysScroll(page)).toBe(true);
  await page.getByRole('button', { name: 'Guardar y continuar' }).click();
  await expect(page).toHaveURL(/\/presentacion$/);
  // The presentation says it first, right after the school's title slide.
  const current = page.locator('.slide.current');
  await expect(current).toContainText('Diapositiva 1 de 2');
  await page.keyboard.press('ArrowRight');
  await expect(current).toContainText('Para qué venimos a este encuentro');
  await expect(current).toContainText(PURPOSE);
  await expectAccessible(page, 'diapositiva del propósito');

  // Back to the step after a reload: the purpose was saved with the preparation.
  const back = page.url().replace(/\/presentacion$/, '?paso=compartir');
  await page.goto(back);
  await page.reload();
  await expect(page.getByLabel('El propósito del encuentro, en palabras del colectivo')).toHaveValue(PURPOSE);
  await expect(page.getByRole('button', { name: /4\. Qué compartiremos.*terminado/ })).toBeVisible();
});

test('a school with one group per grade compares two grades as one group, and can split them again', async ({ page }) => {
  test.setTimeout(90_000);
  await startPreparation(page);
  for (const [teacher, title] of [
    ['María López Pérez', 'Lectura en voz alta por parejas'],
    ['José Ramírez Cruz', 'Problemas con regletas'],
  ] as const) {
    await page.getByRole('button', { name: `+ Registrar la práctica de ${teacher}` }).click();
    await page.getByLabel('Nombre de la práctica').fill(title);
    await page.getByLabel('¿Qué hizo en el aula?').fill(`Descripción de ${title}`);
    await page.getByLabel('Contenido o habilidad de mayor dificultad que atiende').fill('Comprensión lectora');
    for (const i of [1, 2, 3]) await page.getByLabel(`Razón ${i}`).fill(`Razón ${i} de ${title}`);
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await expect(page.getByRole('link', { name: title })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Guardar y continuar' }).click();

  // Step 2: one grade each; they join 3° A and 5° B into one comparison.
  await expect(page.getByRole('heading', { name: '3° A', exact: true })).toBeVisible();
  const join = page.getByRole('group', { name: 'Comparar varios grados juntos' });
  await join.getByLabel('3° A').check();
  await join.getByLabel('5° B').check();
  await join.getByRole('button', { name: 'Comparar juntos los grados marcados' }).click();
  const group = page.locator('section.compare-column', { has: page.getByRole('heading', { name: '3° A, 5° B' }) });
  await expect(group).toContainText('Lectura en voz alta por parejas');
  await expect(group).toContainText('Problemas con regletas');
  await expect(page.locator('section.compare-column')).toHaveCount(1);
  await group.getByLabel('Semejanzas').fill('Los dos grupos trabajan en parejas');
  await screenshot(page, '360-preparar-multigrado');
  await expectAccessible(page, 'grados comparados juntos');
  expect(await noSidewaysScroll(page)).toBe(true);

  // Not saved yet: the grouping is in the step's draft with the words, and a reload brings both back.
  await expect
    .poll(async () => (await storedDrafts(page)).find((d) => d.id.startsWith('prep-grupos:'))?.value.joined)
    .toEqual([['3a', '5b']]);
  await page.reload();
  await expect(page).toHaveURL(/\?paso=grupos$/);
  const restored = page.locator('section.compare-column', { has: page.getByRole('heading', { name: '3° A, 5° B' }) });
  await expect(restored.getByLabel('Semejanzas')).toHaveValue('Los dos grupos trabajan en parejas');
  await expect(restored).toContainText('Lectura en voz alta por parejas');
  await expect(restored).toContainText('Problemas con regletas');
  await expect(page.locator('section.compare-column')).toHaveCount(1);
  await page.getByRole('button', { name: 'Guardar y continuar' }).click();
  await expect(page.getByRole('button', { name: /2\. Valoración por grado o asignatura.*terminado/ })).toBeVisible();

  // After a reload the grades are still compared together, with what they wrote.
  await page.reload();
  await page.getByRole('button', { name: /2\. Valoración por grado o asignatura/ }).click();
  const again = page.locator('section.compare-column', { has: page.getByRole('heading', { name: '3° A, 5° B' }) });
  await expect(again.getByLabel('Semejanzas')).toHaveValue('Los dos grupos trabajan en parejas');
  await again.getByRole('button', { name: 'Comparar estos grados por separado' }).click();
  await expect(page.locator('section.compare-column')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: '5° B', exact: true })).toBeVisible();
});
