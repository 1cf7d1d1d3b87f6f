// Backup and restore of a school year at scale: 10,000 records and 50 photos of ~300 KB.
import { randomBytes } from 'node:crypto';
import { bigYear, buildBackupText } from '../../fixtures/backup.mjs';
import { setupSchool } from '../browser.mjs';
import { restoreThroughUi } from '../restore.mjs';

export default async function backup({ browser, baseUrl }) {
  const fixture = bigYear({ perSession: 1040, photos: 50, photoBytes: randomBytes(300 * 1024) });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl);
  await setupSchool(page);
  const restoreMs = await restoreThroughUi(page, baseUrl, buildBackupText(fixture));

  await page.goto(`${baseUrl}/respaldo`);
  const t0 = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 300_000 }),
    page.getByRole('button', { name: 'Guardar respaldo' }).click(),
  ]);
  await download.path();
  const exportMs = Date.now() - t0;
  await context.close();
  return [
    { name: 'Respaldo: exportar 10 000 registros y 50 fotos', value: exportMs, unit: 'ms', budget: null, ok: true },
    { name: 'Respaldo: restaurar 10 000 registros y 50 fotos', value: restoreMs, unit: 'ms', budget: null, ok: true },
  ];
}
