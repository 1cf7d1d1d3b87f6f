// Issue 19, item 7 (seed 000): before preparing the presentation, the colectivo recovers the
// purpose of the inter-school meeting in its own words; it is kept with the preparation (on this
// device: a school's preparation is never shared) and comes back after a reload.
import { expect, test } from '@playwright/test';
import { expectAccessible, screenshot, setupSchool } from './helpers/app';
import { noSidewaysScroll } from './helpers/guideRoom';
import { serveBuild } from './helpers/server';

const server = serveBuild();
const PURPOSE = 'Pedir a las otras escuelas ideas para enseñar fracciones y contar lo que nos funcionó en lectura';

test('the purpose is recovered before the presentation and kept with the preparation', async ({ page }) => {
  test.setTimeout(90_000);
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

  // Back to the step after a reload: the purpose was saved with the preparation.
  const back = page.url().replace(/\/presentacion$/, '?paso=compartir');
  await page.goto(back);
  await page.reload();
  await expect(page.getByLabel('El propósito del encuentro, en palabras del colectivo')).toHaveValue(PURPOSE);
  await expect(page.getByRole('button', { name: /4\. Qué compartiremos.*terminado/ })).toBeVisible();
});
