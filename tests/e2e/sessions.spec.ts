// Issue 16, items 3, 5, 6 and 7: a session's page, its review, its attendance on paper, a repeated
// number, and a session annulled with its reason.
import { expect } from '@playwright/test';
import { test } from './helpers/test';
import { serveBuild } from './helpers/server';
import { expectAccessible, screenshot, setupSchool } from './helpers/app';
import { restoreFixture } from './helpers/restore';
import { printToPdf } from './helpers/pdf';
import { buildBackupText, commitment, evidence, practice, problem, session } from '../../scripts/fixtures/backup.mjs';

const server = serveBuild();

test.use({ viewport: { width: 360, height: 740 } });

test('a session page: its entries, a review of earlier commitments dated on the session, attendance printed with signatures', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(server.url);
  await setupSchool(page);
  // Sessions as an older app version saved them (no version, no attendance): they still restore.
  await restoreFixture(
    page,
    server.url,
    'sesiones-16',
    buildBackupText({
      tables: {
        sessions: [session('S2', 2, '2018-10-26'), session('S3', 3, '2018-11-30')],
        practices: [practice('P3', 'S3', 'Círculo de lectura', 1)],
        evidences: [evidence('E3', ['P3'], [], 'Registro del círculo de lectura')],
        problems: [problem('Q3', 'S3', 'Fracciones equivalentes')],
        commitments: [
          commitment('C2', 'S2', 'Leer 20 minutos diarios', 1, [], { status: 'pendiente' }),
          commitment('C3', 'S3', 'Usar regletas en cada grupo', 2, [], { status: 'pendiente' }),
        ],
      },
    }),
  );

  await page.goto(`${server.url}/sesiones/S3`);
  await expect(page.getByRole('heading', { level: 1, name: 'Tercera sesión ordinaria' })).toBeVisible();
  const contents = page.getByRole('region', { name: 'Lo registrado en esta sesión' });
  await expect(contents.getByRole('link', { name: /Círculo de lectura/ }).first()).toBeVisible();
  await expect(contents.getByRole('link', { name: /Registro del círculo de lectura/ })).toBeVisible();
  await expect(contents.getByRole('link', { name: /Fracciones equivalentes/ })).toBeVisible();
  await expect(contents.getByRole('link', { name: /Usar regletas en cada grupo/ })).toBeVisible();
  // Item 3: session 3 reviews what session 2 agreed, not its own commitment.
  await expect(page.getByText('1 compromiso abierto por revisar.')).toBeVisible();
  await expectAccessible(page, 'sesión con sus registros');
  await screenshot(page, '360-sesion-registros');
  await page.getByRole('link', { name: 'Revisión de compromisos' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Revisión de compromisos' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Leer 20 minutos diarios' })).toBeVisible();
  await expect(page.getByText('Usar regletas en cada grupo')).toHaveCount(0);
  // Item 7: the follow-up is dated on the session's day, and can be changed.
  const card = page.getByRole('listitem').filter({ hasText: 'Leer 20 minutos diarios' });
  await expect(card.getByLabel(/Fecha del seguimiento/)).toHaveValue('2018-11-30');
  await card.getByLabel(/Nota/).fill('Ya leen 15 minutos');
  await card.getByRole('button', { name: 'En proceso', exact: true }).click();
  await expect(page.getByText('“Leer 20 minutos diarios”: En proceso.')).toBeVisible();
  await expectAccessible(page, 'revisión desde la sesión');
  await page.goto(`${server.url}/compromisos/C2`);
  await expect(page.getByText('30 de noviembre de 2018: En proceso')).toBeVisible();

  // Item 7: a due date before the commitment's session warns.
  await page.goto(`${server.url}/compromisos/C3/editar`);
  await page.getByLabel('Fecha para cumplirlo').fill('2018-11-02');
  await expect(page.getByText(/anterior a la sesión en que se acordó/)).toBeVisible();
  await page.getByLabel('Fecha para cumplirlo').fill('2018-12-14');
  await expect(page.getByText(/anterior a la sesión en que se acordó/)).toHaveCount(0);

  // Item 6: attendance, teachers and a guest from USAER.
  await page.goto(`${server.url}/sesiones/S3`);
  await page.getByLabel('María López Pérez (3° A)').check();
  await page.getByLabel('Mtra. Rosa Elena Núñez (Director(a))').check();
  await page.getByRole('button', { name: '+ Agregar invitado' }).click();
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByText('Escriba el nombre del invitado o quítelo.').first()).toBeVisible();
  await expect(page.getByLabel('Nombre del invitado')).toBeFocused();
  await page.getByLabel('Nombre del invitado').fill('Lic. Ana Torres');
  await page.getByLabel('Cargo o institución').fill('USAER');
  await expectAccessible(page, 'asistencia');
  await screenshot(page, '360-sesion-asistencia');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByText('Sesión actualizada.')).toBeVisible();
  await page.goto(`${server.url}/sesiones/S3`);
  await expect(page.getByText(/3 asistentes: Mtra\. Rosa Elena Núñez/).first()).toBeVisible();
  await expect(page.getByLabel('María López Pérez (3° A)')).toBeChecked();
  await expect(page.getByLabel('José Ramírez Cruz (5° B)')).not.toBeChecked();

  await page.goto(`${server.url}/imprimir/sesion/S3`);
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  const pdf = await printToPdf(page, 'sesion-asistencia');
  const flat = pdf.flowText;
  for (const piece of [
    'Asistencia',
    'Firma',
    'María López Pérez',
    'Lic. Ana Torres',
    'USAER · invitado',
    'Director(a) de la escuela',
    'Responsable del Cuaderno de Bitácora',
    'Profr. Ángel Gutiérrez',
  ]) {
    expect(flat, piece).toContain(piece);
  }
  // José did not attend: only the cover's colectivo names him.
  expect(pdf.pageTexts.slice(1).join(' ')).not.toContain('José Ramírez Cruz');
  // The signatures close the session: after everything it holds.
  expect(flat.lastIndexOf('Responsable del Cuaderno de Bitácora')).toBeGreaterThan(flat.indexOf('Usar regletas en cada grupo'));
});

test('a repeated session number warns before saving; a session made by mistake is annulled with its reason', async ({ page }) => {
  await page.goto(server.url);
  await setupSchool(page);
  await page.goto(`${server.url}/sesiones/nueva`);
  await page.getByLabel('Número de sesión').selectOption('3');
  await page.getByLabel('Fecha').fill('2018-11-30');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByText('Sesión registrada.')).toBeVisible();

  await page.goto(`${server.url}/sesiones/nueva`);
  await page.getByLabel('Número de sesión').selectOption('3');
  await page.getByLabel('Fecha').fill('2018-12-07');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Ya hay una tercera sesión ordinaria en este ciclo escolar (del 30 de noviembre de 2018)',
  );
  await expect(page.getByRole('heading', { level: 1, name: 'Nueva sesión' })).toBeVisible();
  await expect(page.getByLabel('Fecha')).toHaveValue('2018-12-07');
  await expectAccessible(page, 'sesión repetida');
  await screenshot(page, '360-sesion-repetida');
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByText('Sesión registrada.')).toBeVisible();
  await expect(page.getByRole('link', { name: /Tercera sesión ordinaria/ })).toHaveCount(2);

  await page.getByRole('link', { name: /Tercera sesión ordinaria.*7 de diciembre/ }).click();
  await page.getByRole('button', { name: 'Anular…' }).click();
  await page.getByLabel('Motivo de la anulación').fill('Se registró dos veces');
  await page.getByRole('button', { name: 'Anular definitivamente' }).click();
  await expect(page.getByText(/Anulado el .*motivo: Se registró dos veces/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveClass(/struck/);
  await expect(page.getByRole('button', { name: 'Guardar', exact: true })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Historial de cambios (2 versiones)' })).toBeVisible();
  await expectAccessible(page, 'sesión anulada');
  await screenshot(page, '360-sesion-anulada');
  await page.goto(`${server.url}/sesiones`);
  await expect(page.getByRole('link', { name: /Tercera sesión ordinaria.*7 de diciembre/ })).toContainText('Anulado');
  // New entries no longer offer the annulled session.
  await page.goto(`${server.url}/compromisos/nuevo`);
  await expect(page.getByLabel('Sesión de CTE en que se registra').locator('option')).toHaveCount(1);
});
