// Issue 21: "Compartir la aplicación" in Acerca de shows the app's own address (with its sub-path)
// as a QR a colleague's camera reads, as text to copy, and through the share sheet where there is one.
import { expect } from '@playwright/test';
import { test } from './helpers/test';
import { serveBuild, SUB_PATH_HOST } from './helpers/server';
import { expectAccessible, screenshot, setupSchool } from './helpers/app';
import { readQr } from './helpers/room';

const server = serveBuild(SUB_PATH_HOST.dir, SUB_PATH_HOST.base);

test.use({ viewport: { width: 360, height: 740 } });

test('Acerca de shares the app address as a QR, text and the share sheet', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  // The phone's share sheet cannot open here: the boundary records what the app hands to it.
  await page.addInitScript(() => {
    const calls: ShareData[] = [];
    (window as unknown as { __shared: ShareData[] }).__shared = calls;
    Object.defineProperty(navigator, 'share', { configurable: true, value: async (data: ShareData) => void calls.push(data) });
  });
  await page.goto(server.url);
  await setupSchool(page);
  await screenshot(page, 'escuelas-inicio-360');
  await page.goto(`${server.url}/acerca`);
  const card = page.getByRole('region', { name: 'Compartir la aplicación' });
  await expect(card).toBeVisible();

  const address = `${server.url}/`;
  expect(await readQr(page, 'app-address-qr')).toBe(address);
  await expect(page.getByLabel('Dirección de la aplicación', { exact: true })).toHaveValue(address);
  // Served from 127.0.0.1 here: the app warns that another device cannot open this address.
  await expect(card.getByText('Esta dirección es de este mismo equipo')).toBeVisible();
  await expectAccessible(page, 'compartir la aplicación');
  await screenshot(page, 'escuelas-compartir-360');

  await card.getByRole('button', { name: 'Compartir…' }).click();
  const shared = await page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared);
  expect(shared).toEqual([expect.objectContaining({ url: address, title: 'Bitácora CTE' })]);

  await card.getByRole('button', { name: 'Copiar dirección' }).click();
  await expect(page.getByText('Dirección copiada.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);

  // The README's "Para escuelas" shows where a new phone's move starts (docs/screenshots/).
  await page.goto(`${server.url}/respaldo`);
  await expect(page.getByRole('heading', { level: 1, name: 'Respaldo' })).toBeVisible();
  await screenshot(page, 'escuelas-respaldo-360');
});

test('without a share sheet, only copying is offered', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(navigator, 'share', { configurable: true, value: undefined }));
  await page.goto(server.url);
  await setupSchool(page);
  await page.goto(`${server.url}/acerca`);
  const card = page.getByRole('region', { name: 'Compartir la aplicación' });
  await expect(card.getByRole('button', { name: 'Copiar dirección' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Compartir…' })).toHaveCount(0);
});
