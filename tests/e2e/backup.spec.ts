// Issue 7: a school moves to a new device from its backup file.
import { expect } from '@playwright/test';
import { test } from './helpers/test';
import { writeFileSync, mkdirSync } from 'node:fs';
import { serveBuild } from './helpers/server';
import { expectAccessible, screenshot, setupSchool } from './helpers/app';

const server = serveBuild();
test.use({ viewport: { width: 360, height: 740 } });

test('backup on one device, restore on a new one through the first-run screen', async ({ browser }) => {
  const oldPhone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await oldPhone.newPage();
  await page.goto(server.url);
  await setupSchool(page);
  for (const [n, date] of [
    ['1', '2018-09-28'],
    ['2', '2018-10-26'],
    ['3', '2018-11-30'],
  ] as const) {
    await page.goto(`${server.url}/sesiones/nueva`);
    await page.getByLabel('Número de sesión').selectOption(n);
    await page.getByLabel('Fecha').fill(date);
    await page.getByLabel('Notas de la sesión').fill(`Notas <b>${n}</b> ñ`);
    await page.getByRole('button', { name: 'Guardar', exact: true }).click();
    await expect(page.getByText('Sesión registrada.')).toBeVisible();
  }
  await page.goto(server.url);
  await expect(page.getByText('Aún no ha guardado un respaldo')).toBeVisible();
  await page.getByRole('link', { name: 'Ir a Respaldo' }).click();
  await expect(page.getByText('Todavía no ha guardado ningún respaldo')).toBeVisible();
  await expectAccessible(page, 'respaldo');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Guardar respaldo' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^bitacora-\d{4}-\d{2}-\d{2}\.bitacora$/);
  mkdirSync('artifacts', { recursive: true });
  const file = 'artifacts/respaldo.bitacora';
  await download.saveAs(file);
  await expect(page.getByText(/Respaldo listo: 4 registros/)).toBeVisible();
  await expect(page.getByText(/Último respaldo:/)).toBeVisible();
  await screenshot(page, '360-respaldo');
  await page.goto(server.url);
  await expect(page.getByText('Aún no ha guardado un respaldo')).toHaveCount(0);
  await oldPhone.close();

  const newPhone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const fresh = await newPhone.newPage();
  await fresh.goto(server.url);
  await fresh.getByRole('button', { name: '¿Cambia de dispositivo? Restaure su respaldo' }).click();

  // A damaged copy is refused with a message, and nothing changes.
  const damaged = 'artifacts/respaldo-danado.bitacora';
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(file, 'utf8');
  writeFileSync(damaged, text.slice(0, text.length - 200));
  await fresh.locator('input[type=file]').setInputFiles(damaged);
  await expect(fresh.getByRole('alert')).toContainText('no es un respaldo de Bitácora CTE o está incompleto');

  await fresh.locator('input[type=file]').setInputFiles(file);
  await expect(fresh.getByRole('heading', { name: 'Esto es lo que contiene el respaldo' })).toBeVisible();
  const sessionsRow = fresh.getByRole('row', { name: /Sesiones/ });
  await expect(sessionsRow).toContainText('3');
  await expectAccessible(fresh, 'vista previa de restauración');
  await screenshot(fresh, '360-restaurar-vista-previa');
  await fresh.getByRole('button', { name: 'Restaurar ahora' }).click();

  // The restored profile opens the app, with every session and its text as it was.
  await expect(fresh.getByRole('heading', { level: 1, name: /Bitácora de Escuela Primaria Benito Juárez/ })).toBeVisible();
  await fresh.goto(`${server.url}/sesiones`);
  for (const name of ['Primera', 'Segunda', 'Tercera']) {
    await expect(fresh.getByRole('link', { name: new RegExp(`${name} sesión ordinaria`) })).toBeVisible();
  }
  await fresh.getByRole('link', { name: /Tercera sesión ordinaria/ }).click();
  await expect(fresh.getByLabel('Notas de la sesión')).toHaveValue('Notas <b>3</b> ñ');

  // Restoring the same file again adds nothing.
  await fresh.goto(`${server.url}/respaldo`);
  await fresh.locator('input[type=file]').setInputFiles(file);
  await fresh.getByRole('button', { name: 'Restaurar ahora' }).click();
  await expect(fresh.getByText('El respaldo no trae nada nuevo')).toBeVisible();
  await newPhone.close();
});
