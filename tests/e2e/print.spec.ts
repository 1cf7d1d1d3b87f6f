// Issue 6: the bitácora printed to PDF, read back with poppler.
import { expect, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { serveBuild } from './helpers/server';
import { expectAccessible, screenshot, setupSchool } from './helpers/app';
import { pageSize, printToPdf } from './helpers/pdf';

const server = serveBuild();

async function addSession(page: Page, number: string, date: string, normas: string, notes = '') {
  await page.goto(`${server.url}/sesiones/nueva`);
  await page.getByLabel('Número de sesión').selectOption(number);
  await page.getByLabel('Fecha').fill(date);
  await page.getByLabel('Normas de convivencia acordadas').fill(normas);
  if (notes) await page.getByLabel('Notas de la sesión').fill(notes);
  await page.getByRole('button', { name: 'Guardar', exact: true }).click();
  await expect(page.getByText('Sesión registrada.')).toBeVisible();
}

test('the whole ciclo prints with cover, running header, page numbers and accents', async ({ page }) => {
  await page.goto(server.url);
  await setupSchool(page, { name: 'Escuela Primaria “Niños Héroes” <b>&</b>' });
  await addSession(
    page,
    '3',
    '2018-11-30',
    '¿Quién habla? ¡Todos escuchan!\nRespetar los turnos',
    '<script>alert(1)</script> Año de ñandú: á é í ó ú',
  );
  await addSession(page, '1', '2018-09-28', 'Puntualidad');
  await addSession(page, '2', '2019-10-25', 'Otro ciclo');

  await page.goto(`${server.url}/imprimir`);
  await expect(page.getByRole('heading', { name: 'Imprimir o guardar en PDF' })).toBeVisible();
  await expectAccessible(page, 'imprimir');
  await page.getByLabel('Ciclo escolar', { exact: true }).selectOption('2018-2019');
  await page.getByRole('button', { name: 'Ver para imprimir' }).click();
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  await screenshot(page, 'imprimir-vista');

  const pdf = await printToPdf(page, 'ciclo-2018-2019');
  // Carta by default: 8.5 x 11 in = 612 x 792 pt.
  expect(pageSize(pdf.path)).toEqual({ width: 612, height: 792 });
  expect(pdf.pages).toBe(3); // cover + one page per session

  // pdftotext keeps the layout's line breaks: compare with white space folded.
  const [cover, first, second] = pdf.pageTexts.map((p) => p.replace(/\s+/g, ' '));
  expect(cover).toContain('CUADERNO DE BITÁCORA DEL CONSEJO TÉCNICO ESCOLAR');
  expect(cover).toContain('Escuela Primaria “Niños Héroes” <b>&</b>');
  expect(cover).toContain('14DPR0123X');
  expect(cover).toContain('Ciclo escolar 2018-2019');
  expect(cover).toContain('Mtra. Rosa Elena Núñez');
  expect(cover).toContain('María López Pérez — 3° A');
  expect(cover).not.toContain('CCT 14DPR0123X · Ciclo escolar'); // no running header on the cover

  // Oldest first, each session on its own page, with the running header and the footer.
  expect(first).toContain('Primera sesión ordinaria');
  expect(first).toContain('28 de septiembre de 2018');
  expect(second).toContain('Tercera sesión ordinaria');
  expect(second).toContain('30 de noviembre de 2018');
  expect(second).toContain('En la escuela');
  expect(second).toContain('¿Quién habla? ¡Todos escuchan!');
  expect(second).toContain('<script>alert(1)</script> Año de ñandú: á é í ó ú');
  for (const [i, text] of pdf.pageTexts.entries()) {
    expect(text).toContain(`Página ${i + 1} de 3`);
    if (i > 0) expect(text).toContain('CCT 14DPR0123X · Ciclo escolar 2018-2019');
  }
  expect(pdf.text).not.toContain('Otro ciclo');
  expect(pdf.text).not.toContain('Imprimir / Guardar PDF'); // the toolbar is not printed
});

test('one session prints alone, on A4 when chosen', async ({ page }) => {
  await page.goto(server.url);
  await setupSchool(page);
  await addSession(page, '5', '2019-01-25', 'Escuchar');
  await addSession(page, '6', '2019-02-22', 'Hablar');
  await page.goto(`${server.url}/imprimir`);
  await page.getByLabel('Una sesión de CTE').check();
  await page.getByLabel('Sesión', { exact: true }).selectOption({ label: 'Quinta sesión ordinaria · 25 de enero de 2019' });
  await page.getByLabel('A4').check();
  await page.getByRole('button', { name: 'Ver para imprimir' }).click();
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  const pdf = await printToPdf(page, 'sesion-a4');
  expect(pageSize(pdf.path)).toEqual({ width: 595, height: 842 });
  expect(pdf.pages).toBe(2);
  expect(pdf.pageTexts[0]).toContain('SESIÓN DE CONSEJO TÉCNICO ESCOLAR');
  expect(pdf.pageTexts[0]).toContain('Quinta sesión ordinaria');
  expect(pdf.text).not.toContain('Sexta sesión');
  expect(pdf.pageTexts[1]).toContain('Página 2 de 2');
});

test('an unknown print link says so instead of crashing', async ({ page }) => {
  await page.goto(server.url);
  await setupSchool(page);
  await page.goto(`${server.url}/imprimir/sesion/no-existe`);
  await expect(page.getByRole('alert')).toHaveText('No hay nada que imprimir con esta selección.');
});

test('a ciclo with entries: reasons, photos, follow-ups, annulled entries and the commitments table', async ({ page }) => {
  const { buildBackupText, session, practice, evidence, photoFile, problem, commitment, pngBlob } =
    await import('../../scripts/fixtures/backup.mjs');
  const { restoreFixture } = await import('./helpers/restore');
  await page.goto(server.url);
  await setupSchool(page);
  const followUp = {
    id: 'f1',
    date: '2018-11-30',
    note: 'Ya leen 15 minutos',
    status: 'enProceso',
    previousStatus: 'pendiente',
    sessionId: 'S3',
    at: 5,
  };
  const text = buildBackupText({
    tables: {
      sessions: [session('S2', 2, '2018-10-26', '', ['Puntualidad']), session('S3', 3, '2018-11-30', '', ['Escuchar'])],
      practices: [
        practice('P1', 'S2', 'Círculo de lectura en voz alta', 1),
        practice('P2', 'S2', 'Dictado tradicional', 2, { annulled: { reason: 'Se registró por error', at: 3 } }),
      ],
      evidences: [evidence('E1', ['P1'], ['F1', 'F2', 'F3', 'F4'], 'Fotos del círculo de lectura')],
      evidenceFiles: ['F1', 'F2', 'F3', 'F4'].map((f, i) => photoFile(f, 'E1', `b${i}`)),
      problems: [problem('Q1', 'S2', 'Comprensión lectora en 5° año')],
      commitments: [commitment('C1', 'S2', 'Leer 20 minutos diarios en cada grupo', 1, [followUp])],
    },
    blobs: { b0: pngBlob(), b1: pngBlob(), b2: pngBlob(), b3: pngBlob() },
  });
  await restoreFixture(page, server.url, 'ciclo-con-registros', text);

  await page.goto(`${server.url}/imprimir/ciclo/2018-2019`);
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  await expect(page.locator('.print-photos img')).toHaveCount(4);
  const pdf = await printToPdf(page, 'ciclo-con-registros');
  const flat = pdf.text.replace(/\s+/g, ' ');
  const order = [
    'Segunda sesión ordinaria',
    'Prácticas educativas',
    'Círculo de lectura en voz alta',
    'Los alumnos participan más',
    'Mejoraron sus registros',
    'Explican su procedimiento',
    'Evidencias del avance',
    'Fotos del círculo de lectura',
    'Problemáticas',
    'Comprensión lectora en 5° año',
    'Compromisos y acuerdos',
    'Leer 20 minutos diarios',
    'Tercera sesión ordinaria',
    'Seguimiento de compromisos anteriores',
    'Ya leen 15 minutos',
  ];
  let at = -1;
  for (const piece of order) {
    const next = flat.indexOf(piece, at + 1);
    expect(next, `«${piece}» después de la posición ${at}`).toBeGreaterThan(at);
    at = next;
  }
  expect(flat).toContain('Dictado tradicional');
  expect(flat).toContain('Anulado: Se registró por error');
  // Four photos made it into the PDF as images.
  const { execFileSync } = await import('node:child_process');
  const images = execFileSync('pdfimages', ['-list', pdf.path], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(images.length).toBeGreaterThanOrEqual(4);
  // The third session has no práctica: its empty sections are left out, not printed blank.
  const third = pdf.pageTexts.map((p) => p.replace(/\s+/g, ' ')).find((p) => p.includes('Tercera sesión ordinaria'))!;
  expect(third).not.toContain('Prácticas educativas');

  await page.goto(`${server.url}/imprimir`);
  await page.getByLabel('Los compromisos y su seguimiento (tabla)').check();
  await page.getByRole('button', { name: 'Ver para imprimir' }).click();
  await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
  const table = await printToPdf(page, 'compromisos');
  const tflat = table.flowText;
  for (const piece of [
    'Compromiso',
    'Responsable',
    'Fecha límite',
    'Leer 20 minutos diarios',
    'Toda la escuela',
    '25 de enero de 2019',
    'Registro de lectura — Lista de cotejo',
    'En proceso',
    'Ya leen 15 minutos',
  ]) {
    expect(tflat).toContain(piece);
  }
});
