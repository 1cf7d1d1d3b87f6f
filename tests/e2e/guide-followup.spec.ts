// Issue 19, items 4 (activities 19-20, 30, 33) and 6, through the screens with two schools in a
// room: a teacher's own notes stay on her device (absent from the other device's document and from
// an exported meeting file) and survive a SIGKILL; a personal commitment goes home with who, by
// when and how; the school community's notice is printed and read back; "Continuar este
// encuentro" creates the sixth session's meeting with the observed class and the commitments.
import { expect, type Browser, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addCardOnScreen as addCard, createMeetingOnScreen, expectAccessible, screenshot, setupSchool } from './helpers/app';
import { firstPage, killAll, launch } from './helpers/killable';
import { printToPdf } from './helpers/pdf';
import { restoreFixture } from './helpers/restore';
import { meetInRoom, SCHOOL_A as A, SCHOOL_B as B, schoolDevice, type RoomSchool } from './helpers/meetingRoom';
import { serveBuild } from './helpers/server';
import { buildBackupText, session } from '../../scripts/fixtures/backup.mjs';

const server = serveBuild();
const MEETING_NAME = 'Tercera sesión, zona 087';
const PROBLEM = 'Resolución de problemas con fracciones';
const SECRET = 'Duda privada de Beto 7731';
const device = (browser: Browser, school: RoomSchool) =>
  schoolDevice(browser, server.url, school, { diagnostics: true, acceptDownloads: true });

/** Everything the device's meeting document holds, as JSON (every root map of the open room). */
function documentJson(page: Page): Promise<string> {
  return page.evaluate(() => {
    type Doc = { share: Map<string, unknown>; getMap(n: string): { toJSON(): unknown } };
    const doc = (window as unknown as { __bitacoraSala: { doc: Doc } }).__bitacoraSala.doc;
    const out: Record<string, unknown> = {};
    for (const key of doc.share.keys()) out[key] = doc.getMap(key).toJSON();
    return JSON.stringify(out);
  });
}

const noSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('notes stay private, a personal commitment goes home, the notice prints, the sixth session carries the rest', async ({ browser }) => {
  test.setTimeout(180_000);
  const a = await device(browser, A);
  await restoreFixture(a, server.url, 'guia-seguimiento', buildBackupText({ tables: { sessions: [session('S3', 3, '2018-11-30')] } }));
  const b = await device(browser, B);

  await meetInRoom(a, b, server.url, MEETING_NAME);

  // A presents its problemática; the coordination moves the room to the presentations.
  await a.getByRole('tab', { name: /^Problemáticas/ }).click();
  await a.getByRole('button', { name: '+ Publicar la problemática de mi escuela' }).click();
  await a.getByLabel('Contenido programático o habilidad').fill(PROBLEM);
  await a.getByRole('button', { name: 'Publicar problemática' }).click();
  await a.getByText('Agenda de la sesión').click();
  await a.locator('#agenda-item-presentaciones').getByRole('button', { name: 'Llevar a la sala aquí' }).click();

  // Activities 19-20 on B: its own notes, opened from the agenda, about A's presentation.
  await b.getByText('Agenda de la sesión').click();
  await expect(b.locator('#agenda-item-presentaciones')).toContainText('En curso', { timeout: 15_000 });
  await b.locator('#agenda-item-presentaciones').getByRole('button', { name: 'Abrir mis notas' }).click();
  const notes = b.locator('#mis-notas');
  await expect(notes.getByLabel('¿De qué presentación?')).toBeFocused();
  await notes.getByLabel('¿De qué presentación?').selectOption({ label: `${A.name}: ${PROBLEM}` });
  await notes.getByLabel('Problemática, contenido o habilidad que se comparte').fill('Fracciones en 5°');
  await notes.getByLabel('Dudas que me genera').fill(SECRET);
  await notes.getByLabel('Semejanzas y diferencias con mi grupo').fill('En mi grupo pasa igual con los repartos');
  await expect(notes.getByRole('status')).toContainText('Guardado en este dispositivo');
  await expectAccessible(b, 'mis notas');
  await screenshot(b, '360-mis-notas');
  expect(await noSideways(b)).toBe(true);

  // A card B writes afterwards reaches A: the room is in step, and still A holds no note of B.
  await b.getByRole('tab', { name: /^Normas de convivencia/ }).click();
  await addCard(b, 'Nueva tarjeta', 'Hablar por turnos');
  await expect.poll(() => documentJson(a), { timeout: 15_000 }).toContain('Hablar por turnos');
  const docA = await documentJson(a);
  expect(docA).not.toContain(SECRET);
  expect(docA).not.toContain('repartos');
  expect(await documentJson(b)).not.toContain(SECRET);
  // Nor does the meeting file B would hand to another school.
  const download = b.waitForEvent('download');
  await b.getByRole('button', { name: 'Exportar encuentro' }).click();
  const file = readFileSync(await (await download).path());
  expect(file.includes(Buffer.from('Hablar por turnos'))).toBe(true);
  expect(file.includes(Buffer.from(SECRET))).toBe(false);
  expect(file.includes(Buffer.from('repartos'))).toBe(false);
  // Kept on B: back after a reload.
  await b.reload();
  await b.getByText('Mis notas de las presentaciones').click();
  await b
    .locator('#mis-notas')
    .getByLabel('¿De qué presentación?')
    .selectOption({ label: `${A.name}: ${PROBLEM}` });
  await expect(b.locator('#mis-notas').getByLabel('Dudas que me genera')).toHaveValue(SECRET);

  // Activity 31 and 30 on A: the observed class, and a personal commitment with when and how.
  await a.getByRole('tab', { name: /^Observación/ }).click();
  await a.getByLabel('Docente que dará la clase').fill('Carla Ortiz');
  await a.getByLabel('Escuela del docente').selectOption(A.cct);
  await a.getByLabel('Notas (contenido, grupo, fecha)').fill('Fracciones con recetas, 5° A');
  await a.getByRole('button', { name: 'Agregar plan de observación' }).click();
  await a.getByRole('tab', { name: /^Compromisos/ }).click();
  await a.getByRole('button', { name: 'Es mi compromiso personal (Ana Ruiz)' }).click();
  await expect(a.getByLabel('¿Quién se compromete?')).toHaveValue('Ana Ruiz');
  await a.getByLabel('¿Para cuándo?').fill('2019-03-29');
  await a.getByLabel('¿Cómo dará cuenta de los resultados?').fill('Cuadernos de 5° en la sexta sesión');
  await addCard(a, 'Nueva tarjeta', 'Usar tiras de fracciones cada semana');
  await expect(a.locator('.meeting-card', { hasText: 'Usar tiras de fracciones' })).toContainText('Ana Ruiz · para el 29 de marzo de 2019');

  // Activity 33: the text to share, and the one-page notice read back from the PDF.
  const text = a.getByLabel('Texto del aviso');
  await expect(text).toHaveValue(
    /1\. Usar tiras de fracciones cada semana\n {3}Responsable: Ana Ruiz\n {3}Para cuándo: 29 de marzo de 2019/,
  );
  await expect(text).toHaveValue(/Cómo daremos cuenta de los resultados: Cuadernos de 5° en la sexta sesión/);
  await expectAccessible(a, 'compromisos y aviso');
  expect(await noSideways(a)).toBe(true);
  const meetingUrl = a.url();
  await a.getByRole('link', { name: 'Imprimir el aviso' }).click();
  await expect(a.getByRole('heading', { name: 'Aviso a la comunidad escolar' })).toBeVisible();
  await expectAccessible(a, 'aviso impreso');
  const pdf = await printToPdf(a, 'aviso-comunidad');
  expect(pdf.pages).toBe(1);
  expect(pdf.flowText).toContain(`En el encuentro «${MEETING_NAME}» del 30 de noviembre de 2018, el colectivo docente de ${A.name}`);
  expect(pdf.flowText).toContain('Usar tiras de fracciones cada semana Responsable: Ana Ruiz Para cuándo: 29 de marzo de 2019');
  expect(pdf.flowText).toContain('Cómo daremos cuenta de los resultados: Cuadernos de 5° en la sexta sesión');

  // "Llevar a mi bitácora": the commitment arrives with who, by when and how.
  await a.goto(meetingUrl);
  await a.getByRole('link', { name: 'Llevar a mi bitácora' }).click();
  const item = a.getByLabel(/Usar tiras de fracciones cada semana/);
  await expect(item).toBeVisible();
  await expect(a.getByText(/Ana Ruiz · para el 29 de marzo de 2019; Resultados: Cuadernos de 5° en la sexta sesión/)).toBeVisible();
  await item.check();
  await a.getByRole('button', { name: 'Llevar lo elegido a mi bitácora' }).click();
  await expect(a.getByText(/Listo: 1 registro nuevo/)).toBeVisible();
  await a.goto(`${server.url}/compromisos`);
  await a.getByRole('link', { name: /Usar tiras de fracciones cada semana/ }).click();
  await expect(a.locator('main')).toContainText('Ana Ruiz');
  await expect(a.locator('main')).toContainText('Cuadernos de 5° en la sexta sesión');

  // Item 6: the sixth session, same schools, carrying the observed class and the commitment.
  await a.goto(meetingUrl);
  await a.getByRole('button', { name: 'Continuar este encuentro' }).click();
  await expect(a.getByRole('heading', { level: 1, name: `Sexta sesión: continuación de «${MEETING_NAME}»` })).toBeVisible();
  expect(a.url()).not.toBe(meetingUrl);
  await expect(a.locator('.school-chips li')).toHaveText([new RegExp(A.name), new RegExp(B.name)]);
  const review = a.getByRole('region', { name: 'Para revisar en esta sesión' });
  await expect(review).toContainText(`Continúa el encuentro «${MEETING_NAME}» del 30 de noviembre de 2018.`);
  await expect(review).toContainText(`Carla Ortiz (${A.name}): ${PROBLEM}`);
  await expect(review).toContainText('Fracciones con recetas, 5° A');
  await expect(review).toContainText('Usar tiras de fracciones cada semana');
  await expect(review).toContainText('Ana Ruiz · para el 29 de marzo de 2019');
  await expect(review).toContainText('Dará cuenta así: Cuadernos de 5° en la sexta sesión');
  await expectAccessible(a, 'sexta sesión');
  await screenshot(a, '360-sexta-sesion');
  expect(await noSideways(a)).toBe(true);
  await expect(a.locator('.meeting-card')).toHaveCount(0);
  await a.getByRole('link', { name: /^Continúa el encuentro/ }).click();
  await expect(a.getByRole('heading', { level: 1, name: MEETING_NAME })).toBeVisible();
});

test('a private note typed, the browser killed: the note is back on relaunch', async () => {
  test.setTimeout(120_000);
  const profile = mkdtempSync(join(tmpdir(), 'notas-'));
  let { browser, proc } = await launch(profile);
  try {
    let page = await firstPage(browser);
    await page.goto(server.url);
    await setupSchool(page, A);
    await createMeetingOnScreen(page, server.url, MEETING_NAME);
    const url = page.url();
    await page.getByText('Mis notas de las presentaciones').click();
    await page.getByLabel('Aspectos relevantes').fill('Usan material concreto en cada clase');
    await expect(page.locator('#mis-notas').getByRole('status')).toContainText('Guardado en este dispositivo');
    await killAll(proc);

    ({ browser, proc } = await launch(profile));
    page = await firstPage(browser);
    await page.goto(url);
    await page.getByText('Mis notas de las presentaciones').click();
    await expect(page.getByLabel('Aspectos relevantes')).toHaveValue('Usan material concreto en cada clase');
  } finally {
    await killAll(proc);
    rmSync(profile, { recursive: true, force: true });
  }
});
