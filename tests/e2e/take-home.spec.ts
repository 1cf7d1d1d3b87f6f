// Issues 4 and 8: a problemática goes from the bitácora to the meeting in one tap, and the
// meeting's outcomes come back into the bitácora ("Llevar a mi bitácora") without duplicates.
import { expect } from '@playwright/test';
import { test } from './helpers/test';
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
  await restoreFixture(
    page,
    server.url,
    'para-encuentro',
    buildBackupText({
      tables: { sessions: [session('S3', 3, '2018-11-30')], problems: [problem('Q1', 'S3', 'Comprensión lectora en 5° año')] },
    }),
  );

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
  // Activity 30: who, by when and how results will be shown are required on the card.
  await page.getByRole('button', { name: 'Agregar', exact: true }).click();
  await expect(page.getByText('Este dato es obligatorio.')).toHaveCount(3);
  await page.getByLabel('¿Quién se compromete?').fill('María López Pérez');
  await page.getByLabel('¿Para cuándo?').fill('2019-03-29');
  await page.getByLabel('¿Cómo dará cuenta de los resultados?').fill('Registros de lectura en la sexta sesión');
  await page.getByRole('button', { name: 'Agregar', exact: true }).click();
  await expect(page.locator('.meeting-card', { hasText: 'Cada escuela probará las predicciones un mes' })).toContainText(
    'María López Pérez · para el',
  );
  await page.getByRole('tab', { name: /Conclusiones/ }).click();
  await page.getByLabel('Nueva tarjeta').fill('Compartir lo que funciona nos ayuda a todos');
  await page.getByRole('button', { name: 'Agregar', exact: true }).click();
  await expect(page.getByText('Compartir lo que funciona nos ayuda a todos')).toBeVisible();

  await page.getByRole('link', { name: 'Llevar a mi bitácora' }).click();
  await expect(page.getByRole('heading', { name: 'Llevar a mi bitácora' })).toBeVisible();
  await page.getByLabel(/Cada escuela probará las predicciones un mes/).check();
  await page.getByLabel('Compartir lo que funciona nos ayuda a todos').check();
  await page.getByLabel(/Lectura con predicciones antes de cada párrafo/).check();
  await expectAccessible(page, 'llevar a mi bitácora');
  await screenshot(page, '360-llevar-a-mi-bitacora');
  await page.getByRole('button', { name: 'Llevar lo elegido a mi bitácora' }).click();
  await expect(page.getByText('Listo: 3 registros nuevos en su bitácora.')).toBeVisible();
  await expect(page.getByText(/Cada escuela probará las predicciones un mes.* — Ya está en su bitácora/)).toBeVisible();

  // The commitment arrives with the card's responsible (a teacher of the profile), date and follow-up.
  await page.goto(`${server.url}/compromisos`);
  await expect(page.getByRole('link', { name: /Cada escuela probará las predicciones un mes/ })).toHaveCount(1);
  await page.getByRole('link', { name: /Cada escuela probará las predicciones un mes/ }).click();
  await expect(page.locator('main')).toContainText('María López Pérez');
  await expect(page.locator('main')).toContainText('Registros de lectura en la sexta sesión');
  await expect(page.locator('main')).toContainText(/29 de marzo de 2019/);
  await expect(page.locator('main')).not.toContainText('Sin fecha');
  await expect(page.getByRole('heading', { name: 'Por completar' })).toHaveCount(0);
  // "Traído del encuentro" is a link back to the meeting.
  await page.getByRole('link', { name: 'Traído del encuentro “Encuentro de la zona 087”' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Encuentro de la zona 087' })).toBeVisible();

  // The conclusion is an agreement whose page asks for what only the school can add.
  await page.goto(`${server.url}/compromisos`);
  await page.getByRole('link', { name: /Compartir lo que funciona nos ayuda a todos/ }).click();
  await expect(page.getByRole('heading', { name: 'Por completar' })).toBeVisible();
  await expect(page.getByText('Escriba la fecha para cumplirlo.')).toBeVisible();

  // The práctica: valid as it arrives, asks for its three reasons, saves again without them.
  await page.goto(`${server.url}/practicas`);
  await expect(page.getByRole('link', { name: /Lectura con predicciones/ })).toHaveCount(1);
  await page.getByRole('link', { name: /Lectura con predicciones/ }).click();
  await expect(page.getByRole('heading', { name: 'Por completar' })).toBeVisible();
  await expect(page.getByText('Tres razones por las que la práctica está funcionando.')).toBeVisible();
  await expectAccessible(page, 'práctica por completar');
  await screenshot(page, '360-practica-por-completar');
  await page.getByRole('link', { name: 'Completar ahora' }).click();
  await page.getByLabel('Nombre de la práctica').fill('Predicciones antes de cada párrafo');
  await page.getByRole('button', { name: 'Guardar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Predicciones antes de cada párrafo' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Por completar' })).toBeVisible();
  // Printed, it never shows blank "1. 2. 3.".
  await page.goto(`${server.url}/imprimir`);
  await page.getByLabel('Ciclo escolar', { exact: true }).selectOption('2018-2019');
  await page.getByRole('button', { name: 'Ver para imprimir' }).click();
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  const bitacora = (await printToPdf(page, 'bitacora-por-completar')).flowText;
  expect(bitacora).toContain('Predicciones antes de cada párrafo');
  expect(bitacora).toContain('Por completar (propuesta traída de un encuentro, aún sin probar)');
  expect(bitacora).not.toMatch(/1\.\s*2\.\s*3\./);
  // Written later, the three reasons complete it.
  await page.goto(`${server.url}/practicas`);
  await page.getByRole('link', { name: /Predicciones antes de cada párrafo/ }).click();
  await page.getByRole('link', { name: 'Completar ahora' }).click();
  await page.getByLabel('Razón 1').fill('Anticipan el contenido');
  await page.getByRole('button', { name: 'Guardar' }).click();
  await expect(page.getByText('Escriba la segunda razón: la guía pide tres.')).toBeVisible();
  await page.getByLabel('Razón 2').fill('Participan más');
  await page.getByLabel('Razón 3').fill('Comprenden mejor el texto');
  await page.getByRole('button', { name: 'Guardar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Predicciones antes de cada párrafo' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Por completar' })).toHaveCount(0);

  // Issue 6: the meeting's panels print, with authors, schools and the starred aportación marked.
  await page.goto(`${server.url}/imprimir`);
  await page.getByLabel('Los paneles de un encuentro entre escuelas').check();
  await page.getByRole('button', { name: 'Ver para imprimir' }).click();
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  const pdf = await printToPdf(page, 'encuentro');
  const text = pdf.flowText;
  for (const piece of [
    'ENCUENTRO “APRENDIZAJE ENTRE ESCUELAS”',
    'Encuentro de la zona 087',
    'Escuelas participantes',
    'Problemáticas',
    'Comprensión lectora en 5° año',
    'Presenta: Escuela Primaria Benito Juárez (Profr. Ángel Gutiérrez)',
    'Acciones que no funcionaron y por qué',
    'Lectura con predicciones antes de cada párrafo',
    '★ 1 estrella',
    '— Ángel Gutiérrez, Escuela Primaria Benito Juárez',
    'Compromisos',
    'Cada escuela probará las predicciones un mes',
    'Página 2 de',
  ]) {
    expect(text).toContain(piece);
  }
});
