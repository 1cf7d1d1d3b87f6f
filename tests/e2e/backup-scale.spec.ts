// Issue 7: export -> wipe -> restore gives identical data for 10,000 records and 50 photos.
import { expect } from '@playwright/test';
import { test } from './helpers/test';
import { serveBuild } from './helpers/server';
import { setupSchool } from './helpers/app';
import { restoreFixture } from './helpers/restore';
import { dumpDatabase } from './helpers/dump';
import { bigYear, buildBackupText } from '../../scripts/fixtures/backup.mjs';

const server = serveBuild();

test('10,000 records and 50 photos survive export, a new device and restore, identical', async ({ browser }) => {
  test.setTimeout(300_000);
  const fixture = bigYear({ perSession: 1040, photos: 50 });
  const rows = Object.values(fixture.tables).reduce((n, t) => n + t.length, 0);
  expect(rows).toBeGreaterThanOrEqual(10_000);

  const first = await browser.newContext();
  const page = await first.newPage();
  await page.goto(server.url);
  await setupSchool(page);
  await restoreFixture(page, server.url, 'anio-grande', buildBackupText(fixture));
  const before = await dumpDatabase(page);
  expect(before.practices).toHaveLength(8 * 1040);
  expect(before.evidenceFiles).toHaveLength(50);

  await page.goto(`${server.url}/respaldo`);
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('button', { name: 'Guardar respaldo' }).click(),
  ]);
  const file = 'artifacts/fixtures/exportado-grande.bitacora';
  await download.saveAs(file);
  await first.close();

  const second = await browser.newContext();
  const fresh = await second.newPage();
  await fresh.goto(server.url);
  await fresh.getByRole('button', { name: '¿Cambia de dispositivo? Restaure su respaldo' }).click();
  await fresh.locator('input[type=file]').setInputFiles(file);
  await fresh.getByRole('button', { name: 'Restaurar ahora' }).click({ timeout: 120_000 });
  await expect(fresh.getByRole('heading', { level: 1, name: /Bitácora de/ })).toBeVisible({ timeout: 120_000 });
  expect(await dumpDatabase(fresh)).toEqual(before);
  await second.close();
});
