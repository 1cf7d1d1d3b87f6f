// Issue 19 (activity 27: a moderator per team), through the screens: two schools in a room; B takes
// the moderation of team 2 and, when the room moves to the reflection, the Equipos tab opens on the
// moderator's view of team 2: the worksheet's questions with the team's answers, and the team's
// aportaciones. B answers from there; A, who moderates nothing, picks team 2 and sees the same.
import { expect } from '@playwright/test';
import { test } from './helpers/test';
import { addCardOnScreen, expectAccessible, screenshot } from './helpers/app';
import { followCoordination, noSidewaysScroll, publishProblemInRoom, twoSchoolsInRoom } from './helpers/guideRoom';
import { printToPdf } from './helpers/pdf';
import { serveBuild } from './helpers/server';

const server = serveBuild();

test("a team's moderator sees its questions, answers and aportaciones in one view and answers from it", async ({ browser }) => {
  test.setTimeout(150_000);
  const { a, b, meetingId } = await twoSchoolsInRoom(browser, server.url, 'Tercera sesión, zona 087');
  await publishProblemInRoom(a, b, 'Fracciones equivalentes en 4°');
  await b.getByLabel('Equipo que la propone').selectOption({ label: 'Equipo 2' });
  await b.getByLabel('Agregar aportación', { exact: true }).fill('Usar regletas de colores');
  await b.getByRole('button', { name: 'Agregar', exact: true }).last().click();
  await expect(b.locator('.aportaciones .meeting-card', { hasText: 'Usar regletas de colores' })).toBeVisible();

  // B moderates team 2. The coordination moves the room to the reflection with a moderator
  // (activities 26-28); B follows: the Equipos tab opens on the moderator's view, on team 2.
  await b.getByLabel('Equipo', { exact: true }).selectOption('2');
  await b.getByRole('button', { name: 'Yo modero el equipo 2' }).click();
  await a.getByText('Agenda de la sesión').click();
  await a.locator('#agenda-item-reflexion').getByRole('button', { name: 'Llevar a la sala aquí' }).click();
  await followCoordination(b, 'Reflexión con moderador', /^Equipos/);
  const viewB = b.locator('#equipos-moderacion');
  await expect(viewB).toBeFocused();
  await expect(viewB.getByLabel('Equipo que modera')).toHaveValue('2');
  await expect(viewB).toContainText('Modera: Beto Díaz (Escuela Primaria Emiliano Zapata)');
  await expect(viewB).toContainText('Sobre «Fracciones equivalentes en 4°»');
  await expect(viewB).toContainText('Estrategia: Usar regletas de colores — Beto Díaz, Escuela Primaria Emiliano Zapata');

  // The answer form starts on the first question without an answer, then the next one.
  await expect(viewB.getByLabel('Pregunta que responde')).toHaveValue('atendieron');
  await addCardOnScreen(b, 'Respuesta del Equipo 2', 'Con lectura en voz alta por parejas');
  const first = viewB.locator('.moderation-questions > li', { hasText: '¿Cómo atendieron la problemática en su grupo?' });
  await expect(first).toContainText('(1 respuesta)');
  await expect(first).toContainText('Con lectura en voz alta por parejas — Beto Díaz');
  // In team 2's own column too, under its question.
  const column = b.locator('section.column', { has: b.getByRole('heading', { name: 'Equipo 2', exact: true }) });
  await expect(column.locator('.meeting-card', { hasText: 'Con lectura en voz alta' })).toContainText(
    '¿Cómo atendieron la problemática en su grupo?',
  );
  await screenshot(b, '360-moderacion-equipo');
  await expectAccessible(b, 'vista de la moderación');
  expect(await noSidewaysScroll(b)).toBe(true);

  // A moderates no team: the view opens on none; picking team 2 shows B's answer and B as moderator.
  await a.getByRole('tab', { name: /^Equipos/ }).click();
  const viewA = a.locator('#equipos-moderacion');
  await expect(viewA.getByLabel('Equipo que modera')).toHaveValue('');
  await expect(viewA.locator('.moderation-questions')).toHaveCount(0);
  await viewA.getByLabel('Equipo que modera').selectOption({ label: 'Equipo 2' });
  await expect(viewA).toContainText('Modera: Beto Díaz (Escuela Primaria Emiliano Zapata)', { timeout: 15_000 });
  await expect(viewA.locator('.moderation-questions > li').first()).toContainText('Con lectura en voz alta por parejas', {
    timeout: 15_000,
  });
  await viewA.getByLabel('Equipo que modera').selectOption({ label: 'Equipo 3' });
  await expect(viewA).toContainText('El Equipo 3 aún no tiene moderación');
  await expect(viewA).toContainText('El Equipo 3 aún no hace aportaciones a las problemáticas.');
  await expectAccessible(a, 'vista de la moderación sin rol');
  expect(await noSidewaysScroll(a)).toBe(true);

  // On paper, team 2 says who moderates it and each answer the question it answers.
  await a.goto(`${server.url}/imprimir/encuentro/${meetingId}`);
  await expect(a.getByRole('heading', { name: 'Tercera sesión, zona 087' })).toBeVisible();
  const pdf = await printToPdf(a, 'encuentro-moderacion');
  expect(pdf.flowText).toMatch(
    /Equipo 2: El uso de materiales; La percepción que tiene el docente acerca del logro de su propósito Modera: Beto Díaz \(Escuela Primaria Emiliano Zapata\) Con lectura en voz alta por parejas — Beto Díaz \(Moderación de equipo\), Escuela Primaria Emiliano Zapata \(Pregunta de la moderación: ¿Cómo atendieron la problemática en su grupo\?\)/,
  );
});
