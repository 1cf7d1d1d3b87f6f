// A year of the bitácora (about 200 pages, with photos) printed to PDF in headless Chromium.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigYear, buildBackupText } from '../../fixtures/backup.mjs';
import { setupSchool } from '../browser.mjs';
import { restoreThroughUi } from '../restore.mjs';

const BUDGET_MS = 10_000;

export default async function print({ browser, baseUrl }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl);
  await setupSchool(page);
  await restoreThroughUi(page, baseUrl, buildBackupText(bigYear({ perSession: 62, photos: 50 })));

  const t0 = Date.now();
  await page.goto(`${baseUrl}/imprimir/ciclo/2018-2019`);
  await page.locator('[data-print-ready="true"]').waitFor({ timeout: 120_000 });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const ms = Date.now() - t0;
  await context.close();

  const file = join(mkdtempSync(join(tmpdir(), 'bench-pdf-')), 'anio.pdf');
  writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
  return [
    {
      name: `Imprimir un ciclo a PDF (${pages} páginas, 50 fotos)`,
      value: ms,
      unit: 'ms',
      budget: BUDGET_MS,
      ok: ms <= BUDGET_MS && pages >= 200,
    },
  ];
}
