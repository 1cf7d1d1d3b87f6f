// Issue 19, item 4 (activities 21-22), through the screens: two schools in a room; B looks at
// team 2's aportaciones and adds one (it goes to team 2 by itself), A adds one for team 4; each
// device counts them per team, shows one team's only when asked, and the printed meeting says
// which team proposed each.
import { expect } from '@playwright/test';
import { test } from './helpers/test';
import { expectAccessible, screenshot } from './helpers/app';
import { noSidewaysScroll, publishProblemInRoom, twoSchoolsInRoom } from './helpers/guideRoom';
import { printToPdf } from './helpers/pdf';
import { serveBuild } from './helpers/server';

const server = serveBuild();
const MEETING_NAME = 'Tercera sesión, zona 087';

test('aportaciones by team: each team adds its own, every device counts and filters them, the print names the team', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const { a, b, meetingId } = await twoSchoolsInRoom(browser, server.url, MEETING_NAME);
  await publishProblemInRoom(a, b, 'Fracciones equivalentes en 4°');

  // B's team 2 presents: B looks at team 2 and adds; the form already says team 2.
  await b.getByLabel('Ver las aportaciones de').selectOption({ label: 'Equipo 2' });
  await expect(b.getByLabel('Equipo que la propone')).toHaveValue('2');
  await b.getByLabel('Agregar aportación', { exact: true }).fill('Usar regletas de colores');
  await b.getByRole('button', { name: 'Agregar', exact: true }).last().click();
  const apoB = b.locator('.aportaciones .meeting-card', { hasText: 'Usar regletas de colores' });
  await expect(apoB).toContainText('Estrategia · Equipo 2');

  // A adds a question for team 4.
  await a.getByLabel('Tipo de aportación').selectOption({ label: 'Pregunta' });
  await a.getByLabel('Equipo que la propone').selectOption({ label: 'Equipo 4' });
  await a.getByLabel('Agregar aportación', { exact: true }).fill('¿Cómo registran el avance de cada alumno?');
  await a.getByRole('button', { name: 'Agregar', exact: true }).last().click();

  // Counted per team on both devices.
  for (const page of [a, b]) {
    const counts = page.getByTestId('aportaciones-por-equipo');
    await expect(counts).toContainText('Equipo 2: 1 aportación', { timeout: 15_000 });
    await expect(counts).toContainText('Equipo 4: 1 aportación', { timeout: 15_000 });
    await expect(counts).toContainText('Equipo 1: 0 aportaciones');
  }
  // B sees only team 2's; with every team, both.
  const aportacionesB = b.locator('.aportaciones');
  await expect(aportacionesB.getByRole('heading', { name: /Aportaciones del Equipo 2: 1 de 2/ })).toBeVisible();
  await expect(aportacionesB).not.toContainText('¿Cómo registran el avance de cada alumno?');
  await screenshot(b, '360-aportaciones-por-equipo');
  await expectAccessible(b, 'aportaciones por equipo');
  expect(await noSidewaysScroll(b)).toBe(true);
  await b.getByLabel('Ver las aportaciones de').selectOption({ label: 'Todos los equipos' });
  await expect(aportacionesB.locator('.meeting-card', { hasText: '¿Cómo registran el avance' })).toContainText('Pregunta · Equipo 4');
  await expect(b.getByLabel('Equipo que la propone')).toHaveValue('');
  await a.getByLabel('Ver las aportaciones de').selectOption({ label: 'Equipo 4' });
  await expect(a.locator('.aportaciones')).not.toContainText('Usar regletas de colores');
  await expectAccessible(a, 'aportaciones de un equipo');
  expect(await noSidewaysScroll(a)).toBe(true);

  await a.goto(`${server.url}/imprimir/encuentro/${meetingId}`);
  await expect(a.getByRole('heading', { name: MEETING_NAME })).toBeVisible();
  const pdf = await printToPdf(a, 'encuentro-aportaciones-equipo');
  expect(pdf.flowText).toMatch(/Usar regletas de colores — Beto Díaz, Escuela Primaria Emiliano Zapata \(Estrategia · Equipo 2\)/);
  expect(pdf.flowText).toMatch(
    /¿Cómo registran el avance de cada alumno\? — Ana Ruiz, Escuela Primaria Benito Juárez \(Pregunta · Equipo 4\)/,
  );
});
