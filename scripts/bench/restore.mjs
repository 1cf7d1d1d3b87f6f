import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Restores a backup text through the app's Respaldo screen; returns ms from confirm to done. */
export async function restoreThroughUi(page, baseUrl, text) {
  const dir = await mkdtemp(join(tmpdir(), 'bench-backup-'));
  const file = join(dir, 'fixture.bitacora');
  await writeFile(file, text);
  await page.goto(`${baseUrl}/respaldo`);
  await page.locator('input[type=file]').setInputFiles(file);
  const confirm = page.getByRole('button', { name: 'Restaurar ahora' });
  await confirm.waitFor({ timeout: 120_000 });
  const t0 = Date.now();
  await confirm.click();
  await page.getByText(/Respaldo restaurado/).waitFor({ timeout: 300_000 });
  return Date.now() - t0;
}
