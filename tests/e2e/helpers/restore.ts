import { expect, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';

/** Restores a backup text through the app's own Respaldo screen (validation included). */
export async function restoreFixture(page: Page, baseUrl: string, name: string, text: string): Promise<void> {
  mkdirSync('artifacts/fixtures', { recursive: true });
  const file = `artifacts/fixtures/${name}.bitacora`;
  writeFileSync(file, text);
  await page.goto(`${baseUrl}/respaldo`);
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: 'Restaurar ahora' }).click({ timeout: 60_000 });
  await expect(page.getByText(/Respaldo restaurado/)).toBeVisible({ timeout: 60_000 });
}
