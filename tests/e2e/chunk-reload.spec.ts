// The first load on a phone whose Wi-Fi changes mid-load (the classroom test saw Chromium abort a
// lazy chunk with ERR_NETWORK_CHANGED): the app reloads once by itself and opens; when the code
// cannot arrive at all, it says so in Spanish with "Recargar", never a blank page, never a loop.
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { serveBuild } from './helpers/server';
import { expectAccessible, screenshot } from './helpers/app';

const server = serveBuild();
// The start-up's first lazy module: without it the app cannot read the school's record.
const FIRST_READS = /\/assets\/firstScreenReads-[^/]*\.js$/;

/** Fails the first `failures` fetches of the module (page and service worker alike); counts loads. */
async function flakyStart(context: BrowserContext, failures: number): Promise<{ page: Page; loads: () => number }> {
  let left = failures;
  await context.route(FIRST_READS, (route) => (left-- > 0 ? route.abort('internetdisconnected') : route.continue()));
  const page = await context.newPage();
  let loads = 0;
  page.on('load', () => loads++);
  return { page, loads: () => loads };
}

test('a first load that loses a module reloads once by itself and opens the app', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 360, height: 800 } });
  const { page, loads } = await flakyStart(context, 1);
  await page.goto(server.url);
  await expect(page.getByLabel('Nombre de la escuela')).toBeVisible();
  expect(loads()).toBe(2);
});

test('a module that never arrives: a Spanish message with "Recargar", no loop, and the reload works once the network is back', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 360, height: 800 } });
  const { page, loads } = await flakyStart(context, 1000);
  await page.goto(server.url);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('No se pudo cargar esta pantalla');
  await expect(alert).toContainText('Sus datos están a salvo');
  await expect(alert.getByRole('button', { name: 'Intentar de nuevo' })).toHaveCount(0);
  // One automatic reload, then it stays on the message (the guard): wait longer than a reload takes.
  await page.waitForTimeout(3000);
  expect(loads()).toBe(2);
  await expect(alert).toBeVisible();
  await expectAccessible(page, 'pantalla sin su código');
  await screenshot(page, '360-pantalla-sin-codigo');
  await context.unroute(FIRST_READS);
  await alert.getByRole('button', { name: 'Recargar' }).click();
  await expect(page.getByLabel('Nombre de la escuela')).toBeVisible();
});
