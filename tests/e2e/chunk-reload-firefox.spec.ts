// chunk-reload.spec.ts in Debian's Firefox ESR: its error for a module that did not arrive is
// worded differently from Chromium's ("error loading dynamically imported module"), and it is the
// browser of a school's Linux laptop. The server answers the start-up's first lazy module with
// 503 (puppeteer over WebDriver BiDi cannot intercept the way Playwright does in Chromium).
import { readdirSync } from 'node:fs';
import { expect } from '@playwright/test';
import { test } from './helpers/test';
import { ffClick, ffSees, launchFirefox, type FirefoxBrowser, type FirefoxPage } from './helpers/firefox';
import { serveBuild } from './helpers/server';

const server = serveBuild();
const firstReads = () => `/assets/${readdirSync('dist/assets').find((f) => /^firstScreenReads-[^/]*\.js$/.test(f))}`;

let firefox: FirefoxBrowser | undefined;
test.afterEach(async () => {
  server.fail(firstReads(), 0);
  await firefox?.close().catch(() => undefined);
  firefox = undefined;
});

/** A fresh Firefox on the app with the module failing `failures` times; counts the page's loads. */
async function flakyStart(failures: number): Promise<{ page: FirefoxPage; loads: () => number }> {
  server.fail(firstReads(), failures);
  firefox = await launchFirefox();
  const page = await firefox.newPage();
  await page.setViewport({ width: 360, height: 740 });
  let loads = 0;
  page.on('load', () => loads++);
  await page.goto(server.url);
  return { page, loads: () => loads };
}

test('Firefox: a first load that loses a module reloads once by itself and opens the app', async () => {
  const { page, loads } = await flakyStart(1);
  await ffSees(page, 'Nombre de la escuela');
  expect(loads()).toBe(2);
});

test('Firefox: a module that never arrives shows the Spanish message, reloads once only, and "Recargar" works once it is back', async () => {
  const { page, loads } = await flakyStart(1000);
  await ffSees(page, 'No se pudo cargar esta pantalla', '[role="alert"]');
  await new Promise((ok) => setTimeout(ok, 3000));
  expect(loads()).toBe(2);
  expect(await page.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? '')).toContain('Sus datos están a salvo');
  server.fail(firstReads(), 0);
  await ffClick(page, 'Recargar');
  await ffSees(page, 'Nombre de la escuela');
  expect(loads()).toBe(3);
});
