// Issue 19, item 4 (activity 14), through the screens: two schools in a room; the coordination
// moves the room to the three questions, the other device follows to them with one tap, each
// school answers one as a card, both see both answers under their questions (apart from the
// conclusions), and the printed meeting has them.
import { expect } from '@playwright/test';
import { test } from './helpers/test';
import { expectAccessible, screenshot } from './helpers/app';
import { followCoordination, noSidewaysScroll, twoSchoolsInRoom } from './helpers/guideRoom';
import { printToPdf } from './helpers/pdf';
import { serveBuild } from './helpers/server';

const server = serveBuild();
const MEETING_NAME = 'Tercera sesión, zona 087';
const Q1 = '¿Qué nos falta fortalecer como escuelas para comunicarnos mejor, compartir lo que vivimos en el aula y apoyar a los colegas?';
const Q3 = '¿Cuál es la mejor manera de hacer aportaciones a los colegas?';

test('the three questions are answered as cards, opened from the agenda, on every device and on paper', async ({ browser }) => {
  test.setTimeout(150_000);
  const { a, b, meetingId } = await twoSchoolsInRoom(browser, server.url, MEETING_NAME);

  // The agenda asks the questions; the coordination moves the room there, B follows.
  await a.getByText('Agenda de la sesión').click();
  const item = a.locator('#agenda-item-preguntas');
  await item.getByRole('button', { name: 'Llevar a la sala aquí' }).click();
  await expect(item).toContainText(Q1);
  await followCoordination(b, 'Tres preguntas', /^Conclusiones/);
  const questionsB = b.locator('#conclusiones-preguntas');
  await expect(questionsB).toBeFocused();
  await expect(questionsB).toContainText('Las tres preguntas (actividad 14)');

  // B answers the first question; A, from its own agenda's "Abrir el panel", the third.
  await questionsB.getByLabel('Respuesta a la pregunta 1').fill('Escucharnos sin juzgar');
  await questionsB.getByRole('button', { name: 'Agregar respuesta' }).first().click();
  const q1B = questionsB.locator('.group-question', { hasText: Q1 });
  await expect(q1B).toContainText('1 respuesta');
  await expect(q1B.locator('.meeting-card', { hasText: 'Escucharnos sin juzgar' })).toContainText('Beto Díaz');
  await item.getByRole('button', { name: 'Abrir el panel' }).click();
  const questionsA = a.locator('#conclusiones-preguntas');
  await expect(questionsA).toBeFocused();
  await questionsA.getByLabel('Respuesta a la pregunta 3').fill('Con ejemplos de nuestras aulas, sin repetir lo dicho');
  await questionsA.locator('.group-question', { hasText: Q3 }).getByRole('button', { name: 'Agregar respuesta' }).click();
  // A conclusion too, written apart from the answers.
  await a.getByLabel('Nueva tarjeta', { exact: true }).fill('Aprender entre escuelas pide confianza');
  await a.getByRole('button', { name: 'Agregar', exact: true }).click();

  // Each device sees both answers under their question, and the conclusion outside them.
  await expect(questionsA.locator('.group-question', { hasText: Q1 })).toContainText('Escucharnos sin juzgar', { timeout: 15_000 });
  await expect(questionsB.locator('.group-question', { hasText: Q3 })).toContainText('Con ejemplos de nuestras aulas', { timeout: 15_000 });
  await expect(b.locator('.meeting-card', { hasText: 'Aprender entre escuelas pide confianza' })).toBeVisible({ timeout: 15_000 });
  await expect(questionsB).not.toContainText('Aprender entre escuelas pide confianza');
  await screenshot(b, '360-tres-preguntas');
  await expectAccessible(b, 'las tres preguntas');
  expect(await noSidewaysScroll(b)).toBe(true);
  expect(await noSidewaysScroll(a)).toBe(true);

  // On paper: each answer under its question, then the conclusions.
  await a.goto(`${server.url}/imprimir/encuentro/${meetingId}`);
  await expect(a.getByRole('heading', { name: MEETING_NAME })).toBeVisible();
  const pdf = await printToPdf(a, 'encuentro-tres-preguntas');
  expect(pdf.flowText).toContain(`${Q1} Escucharnos sin juzgar — Beto Díaz`);
  expect(pdf.flowText).toContain(`${Q3} Con ejemplos de nuestras aulas, sin repetir lo dicho — Ana Ruiz`);
  expect(pdf.flowText).toContain('Conclusiones (actividades 15 y 16) Aprender entre escuelas pide confianza — Ana Ruiz');
});
