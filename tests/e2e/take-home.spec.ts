// Issues 4 and 8: a problemática goes from the bitácora to the meeting in one tap, and the
// meeting's outcomes come back into the bitácora ("Llevar a mi bitácora") without duplicates.
import { expect, test } from '@playwright/test';
import { serveBuild } from './helpers/server';
import { expectAccessible, screenshot, setupSchool } from './helpers/app';
import { restoreFixture } from './helpers/restore';
import { printToPdf } from './helpers/pdf';
import { buildBackupText, problem, session } from '../../scripts/fixtures/backup.mjs';

const server = serveBuild();

test('publish a problemática to the meeting, then take its outcomes home once', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await setupSchool(page);
  await restoreFixture(page, server.url, 'para-encuentro', buildBackupText({
    tables: { sessions: [session('S3', 3, '2018-11-30')], problems: [problem('Q1', 'S3', 'Comprensión lectora en 5° año')] },
  }));

  await page.goto(`${server.url}/encuentros/nuevo`);
  await page.getByLabel('Nombre del encuentro').fill('Encuentro de la zona 087');
  await page.getByLabel('Fecha').fill('2018-11-30');
  await page.getByRole('button', { name: 'Crear encuentro' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Encuentro de la zona 087' })).toBeVisible();
  const meetingUrl = page.url();

  // One tap from the bitácora's problemática.
  await page.goto(`${server.url}/problematicas/Q1`);
  await page.getByRole('button', { name: /Publicar en el encuentro/ }).click();
  await expect(page.getByText('Publicada en el panel de problemáticas del encuentro.')).toBeVisible();
  await page.getByRole('button', { name: /Publicar en el encuentro/ }).click(); // twice: still one card

  await page.goto(meetingUrl);
  await page.getByLabel('¿Quién escribe en este dispositivo?').fill('Ángel Gutiérrez');
  await page.getByRole('tab', { name: /Problemáticas/ }).click();
  await expect(page.getByText('Comprensión lectora en 5° año')).toHaveCount(1);
  await expect(page.getByText('Dictados: no mejoró la comprensión porque…')).toBeVisible();
  await page.getByLabel('Agregar aportación').fill('Lectura con predicciones antes de cada párrafo');
  await page.getByLabel('Agregar aportación').locator('xpath=ancestor::form').getByRole('button').last().click();
  await expect(page.getByText('Lectura con predicciones antes de cada párrafo')).toBeVisible();
  const aportaciones = page.getByRole('region', { name: /^Aportaciones: / });
  await aportaciones.getByRole('button', { name: 'Destacar con una estrella (0)' }).click();
  await expect(aportaciones.getByRole('button', { name: 'Quitar mi estrella (1)' })).toBeVisible();
  await page.getByRole('tab', { name: /Compromisos/ }).click();
  await page.getByLabel('Nueva tarjeta').fill('Cada escuela probará las predicciones un mes');
  await page.getByRole('button', { name: 'Agregar', exact: true }).click();
  await expect(page.getByText('Cada escuela probará las predicciones un mes')).toBeVisible();

  await page.getByRole('link', { name: 'Llevar a mi bitácora' }).click();
  await expect(page.getByRole('heading', { name: 'Llevar a mi bitácora' })).toBeVisible();
  await page.getByLabel('Cada escuela probará las predicciones un mes').check();
  await page.getByLabel(/Lectura con predicciones antes de cada párrafo/).check();
  await expectAccessible(page, 'llevar a mi bitácora');
  await screenshot(page, '360-llevar-a-mi-bitacora');
  await page.getByRole('button', { name: 'Llevar lo elegido a mi bitácora' }).click();
  await expect(page.getByText('Listo: 2 registros nuevos en su bitácora.')).toBeVisible();
  await expect(page.getByText(/Cada escuela probará las predicciones un mes — Ya está en su bitácora/)).toBeVisible();

  await page.goto(`${server.url}/compromisos`);
  await expect(page.getByRole('link', { name: /Cada escuela probará las predicciones un mes/ })).toHaveCount(1);
  await page.goto(`${server.url}/practicas`);
  await expect(page.getByRole('link', { name: /Lectura con predicciones/ })).toHaveCount(1);

  // Issue 6: the meeting's panels print, with authors, schools and the starred aportación marked.
  await page.goto(`${server.url}/imprimir`);
  await page.getByLabel('Los paneles de un encuentro entre escuelas').check();
  await page.getByRole('button', { name: 'Ver para imprimir' }).click();
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  const pdf = await printToPdf(page, 'encuentro');
  const text = pdf.flowText;
  for (const piece of ['ENCUENTRO “APRENDIZAJE ENTRE ESCUELAS”', 'Encuentro de la zona 087', 'Escuelas participantes', 'Problemáticas', 'Comprensión lectora en 5° año', 'Presenta: Escuela Primaria Benito Juárez (Profr. Ángel Gutiérrez)', 'Acciones que no funcionaron y por qué', 'Lectura con predicciones antes de cada párrafo', '★ 1 estrella', '— Ángel Gutiérrez, Escuela Primaria Benito Juárez', 'Compromisos', 'Cada escuela probará las predicciones un mes', 'Página 2 de']) {
    expect(text).toContain(piece);
  }
});
