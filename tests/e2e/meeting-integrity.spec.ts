// Issue 16, items 1-2, through the screens: cards belong to their school (M10-M13) and a bad value
// crafted with plain Yjs never hides a card (V4). Two browser contexts = two schools' devices.
import { expect, type Browser, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as Y from 'yjs';
import { serveBuild } from './helpers/server';
import { expectAccessible, screenshot, setupSchool } from './helpers/app';
import { tamperMeetingFile } from '../helpers/tamperMeetingFile';
import { annulledOf, cardsOf, editedOf, textsOf } from '../../src/meeting/layout';

const server = serveBuild();

const SCHOOL_B = { name: 'Escuela Primaria Emiliano Zapata', cct: '14DPR0456Y' };

async function device(browser: Browser, school?: typeof SCHOOL_B): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(server.url);
  await setupSchool(page, school ?? {});
  return page;
}

async function addCard(page: Page, text: string) {
  await page.getByLabel('Nueva tarjeta', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Agregar', exact: true }).click();
}

async function exportFile(page: Page, name: string): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar encuentro' }).click();
  const path = `test-results/${name}.encuentro`;
  await (await download).saveAs(path);
  return path;
}

/** What a person with plain Yjs does to a meeting file: change the document, keep the header. */
function tamperFile(path: string, out: string, change: (doc: Y.Doc) => void): string {
  const file = tamperMeetingFile(new Uint8Array(readFileSync(path)), change);
  mkdirSync('test-results', { recursive: true });
  writeFileSync(out, file);
  return out;
}

const card = (page: Page, text: string) => page.locator('.meeting-card', { hasText: text });

test('cards belong to their school; the creator annuls with a reason; edits say who; bad values hide nothing', async ({ browser }) => {
  test.setTimeout(120_000);
  const a = await device(browser);
  await a.goto(`${server.url}/encuentros/nuevo`);
  await a.getByLabel('Nombre del encuentro').fill('Encuentro de zona 087');
  await a.getByRole('button', { name: 'Crear encuentro' }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Encuentro de zona 087' })).toBeVisible();
  await a.getByLabel('¿Quién escribe en este dispositivo?').fill('Ana Ruiz');
  await addCard(a, 'Respetar los turnos');
  await expect(card(a, 'Respetar los turnos')).toBeVisible();
  const fileA = await exportFile(a, 'integrity-a');

  // B imports the meeting; before joining it cannot add cards (M13).
  const b = await device(browser, SCHOOL_B);
  await b.goto(`${server.url}/encuentros`);
  await b.getByLabel('Importar archivo de otra escuela').setInputFiles(fileA);
  await b.getByRole('link', { name: /Encuentro de zona 087/ }).click();
  await b.getByLabel('¿Quién escribe en este dispositivo?').fill('Beto Díaz');
  await addCard(b, 'Llegar puntuales');
  await expect(b.getByText(`${SCHOOL_B.name} aún no se une a este encuentro. Únala arriba para agregar tarjetas.`).first()).toBeVisible();
  await expect(card(b, 'Llegar puntuales')).toHaveCount(0);
  // B sees A's card but may not edit or annul it (M10).
  await expect(card(b, 'Respetar los turnos').getByRole('button', { name: 'Editar' })).toHaveCount(0);
  await expect(card(b, 'Respetar los turnos').getByRole('button', { name: /Anular/ })).toHaveCount(0);
  await b.getByRole('button', { name: `Unir a ${SCHOOL_B.name}` }).click();
  await addCard(b, 'Llegar puntuales');
  await expect(card(b, 'Llegar puntuales').getByRole('button', { name: 'Editar' })).toBeVisible();
  const fileB = await exportFile(b, 'integrity-b');

  // A, the creator, annuls B's card: a reason is required and shown on the card (M12).
  await a.getByLabel('Importar archivo de otra escuela').setInputFiles(fileB);
  const betos = card(a, 'Llegar puntuales');
  await expect(betos).toBeVisible();
  await expect(betos.getByRole('button', { name: 'Editar' })).toHaveCount(0);
  await betos.getByRole('button', { name: 'Anular (escuela anfitriona)' }).click();
  await betos.getByRole('button', { name: 'Anular tarjeta' }).click();
  await expect(betos.getByText('Escriba el motivo (al menos 5 letras).')).toBeVisible();
  await betos.getByLabel('Motivo de la anulación (se mostrará en la tarjeta)').fill('Repite la norma de puntualidad');
  await betos.getByRole('button', { name: 'Anular tarjeta' }).click();
  await expect(a.locator('.meeting-card.annulled', { hasText: 'Llegar puntuales' })).toContainText(
    'Anulada por Ana Ruiz (Escuela Primaria Benito Juárez). Motivo: Repite la norma de puntualidad',
  );

  // A colleague of A's school edits A's card on the same device: the card says who (M11).
  await a.getByLabel('¿Quién escribe en este dispositivo?').fill('Dora Peña');
  await card(a, 'Respetar los turnos').getByRole('button', { name: 'Editar' }).click();
  await a.getByLabel(/Editar la tarjeta de Ana Ruiz/).fill('Respetar los turnos y escuchar');
  await a.getByRole('button', { name: 'Guardar cambios' }).click();
  await expect(card(a, 'Respetar los turnos y escuchar')).toContainText('Editada por Dora Peña (Escuela Primaria Benito Juárez)');

  // B gets A's changes: the annulment with its reason, the edit with its editor.
  const fileA2 = await exportFile(a, 'integrity-a2');
  await b.getByLabel('Importar archivo de otra escuela').setInputFiles(fileA2);
  await expect(b.locator('.meeting-card.annulled', { hasText: 'Llegar puntuales' })).toContainText(
    'Motivo: Repite la norma de puntualidad',
  );
  await expect(card(b, 'Respetar los turnos y escuchar')).toContainText('Editada por Dora Peña');

  // A file crafted with plain Yjs: a card of a school that never joined, and bad side values on
  // B's card. Nothing disappears (V4); the stranger's card is marked (M13).
  let betoId = '';
  const crafted = tamperFile(fileA2, 'test-results/integrity-crafted.encuentro', (doc) => {
    cardsOf(doc).forEach((info, id) => {
      if (typeof info === 'string' && info.includes('Beto')) betoId = id;
    });
    const info = JSON.parse(cardsOf(doc).get(betoId) as string) as Record<string, unknown>;
    cardsOf(doc).set(
      'fantasma',
      JSON.stringify({ ...info, author: 'Nadie', schoolName: 'Escuela Fantasma', schoolCct: '14DPR0999Z', createdAt: 5 }),
    );
    textsOf(doc).set('fantasma', new Y.Text('Tarjeta de una escuela ausente'));
    annulledOf(doc).set(betoId, 'no');
    editedOf(doc).set(betoId, 'ayer');
  });
  await b.reload();
  await b.getByLabel('Importar archivo de otra escuela').setInputFiles(crafted);
  await expect(b.getByText(/Se unieron los paneles del archivo/)).toBeVisible();
  await expect(card(b, 'Llegar puntuales')).toBeVisible();
  await expect(card(b, 'Tarjeta de una escuela ausente')).toContainText('Escuela que no se unió al encuentro');
  await expect(
    b.getByText(/Se ignoraron datos dañados que llegaron de otro dispositivo \(1 anulación, 1 fecha de edición\)/),
  ).toBeVisible();
  await expect(b.getByText(/tarjeta llegó incompleta/)).toHaveCount(0);
  await expectAccessible(b, 'tarjetas con procedencia');
  await screenshot(b, '360-encuentro-procedencia');
  await expectAccessible(a, 'anulación por anfitrión');
  await screenshot(a, '360-encuentro-anulada-anfitrion');
  await a.context().close();
  await b.context().close();
});
