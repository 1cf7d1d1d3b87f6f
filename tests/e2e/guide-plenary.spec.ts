// Issue 19, item 4 (activity 11), through the screens: two schools in a room; the coordination
// moves the room to the video, the other device follows to the plenary's comments, adds one to a
// column about a card of the tabla, and the first device sees it there; the printed meeting says it.
import { expect } from '@playwright/test';
import { test } from './helpers/test';
import { expectAccessible, screenshot } from './helpers/app';
import { followCoordination, noSidewaysScroll, twoSchoolsInRoom } from './helpers/guideRoom';
import { printToPdf } from './helpers/pdf';
import { serveBuild } from './helpers/server';

const server = serveBuild();
const MEETING_NAME = 'Tercera sesión, zona 087';

test('plenary comments after the video go into the columns of the tabla, about a card, on every device and on paper', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const { a, b, meetingId } = await twoSchoolsInRoom(browser, server.url, MEETING_NAME);

  // Activity 7 on A: an idea not practised yet.
  await a.getByRole('tab', { name: /^Tabla/ }).click();
  const field = a.getByLabel('Nueva tarjeta: Aún no lo practicamos', { exact: true });
  await field.fill('Observar la clase de un colega');
  await field.locator('xpath=ancestor::form').getByRole('button', { name: 'Agregar', exact: true }).click();

  // The coordination moves the room to the video; B follows with one tap to the plenary's comments.
  await a.getByText('Agenda de la sesión').click();
  await a.locator('#agenda-item-video').getByRole('button', { name: 'Llevar a la sala aquí' }).click();
  await followCoordination(b, 'Video y comentarios', /^Tabla/);
  const plenary = b.locator('#tabla-plenaria');
  await expect(plenary).toBeFocused();
  await expect(plenary).toContainText('Comentarios de la plenaria sobre el video (actividad 11)');

  // B adds what the video showed that the tabla did not have, to "Por qué no", about A's card.
  const about = plenary.getByLabel('Sobre la tarjeta (Comentario de la plenaria)');
  await expect(about).toContainText('Aún no lo practicamos: «Observar la clase de un colega»', { timeout: 15_000 });
  await plenary.getByLabel('Columna (Comentario de la plenaria)').selectOption({ label: 'Por qué no' });
  await about.selectOption({ label: 'Aún no lo practicamos: «Observar la clase de un colega»' });
  await plenary.getByLabel('Comentario de la plenaria', { exact: true }).fill('Nos da pena que nos observen');
  await plenary.getByRole('button', { name: 'Agregar a la tabla' }).click();
  await expect(plenary).toContainText('1 comentario de la plenaria en la tabla.');
  const onB = b
    .locator('section', { has: b.getByRole('heading', { name: 'Por qué no' }) })
    .locator('.meeting-card', { hasText: 'Nos da pena' });
  await expect(onB).toContainText('Plenaria, después del video');
  await screenshot(b, '360-tabla-plenaria');
  await expectAccessible(b, 'comentarios de la plenaria');
  expect(await noSidewaysScroll(b)).toBe(true);

  // A sees it in the same column, marked, with the card it is about.
  const column = a.locator('section', { has: a.getByRole('heading', { name: 'Por qué no' }) });
  const onA = column.locator('.meeting-card', { hasText: 'Nos da pena que nos observen' });
  await expect(onA).toContainText('Plenaria, después del video', { timeout: 15_000 });
  await expect(onA).toContainText('Sobre «Observar la clase de un colega»');
  await expect(onA).toContainText('Beto Díaz');
  expect(await noSidewaysScroll(a)).toBe(true);

  // On paper, under its column, with both marks.
  await a.goto(`${server.url}/imprimir/encuentro/${meetingId}`);
  await expect(a.getByRole('heading', { name: MEETING_NAME })).toBeVisible();
  const pdf = await printToPdf(a, 'encuentro-plenaria');
  expect(pdf.flowText).toMatch(
    /Por qué no Nos da pena que nos observen — Beto Díaz.*Escuela Primaria Emiliano Zapata \(plenaria, actividad 11; Sobre «Observar la clase de un colega»\)/,
  );
});
