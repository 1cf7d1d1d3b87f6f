// Issue 19, item 4 (activity 8), through the screens: two schools in a room; under the tabla, each
// school proposes how to strengthen an idea (one already practised, one not yet), about a card of
// the tabla; the other device sees both in their group, and the printed meeting has them.
import { expect } from '@playwright/test';
import { test } from './helpers/test';
import { addCardOnScreen, expectAccessible, screenshot } from './helpers/app';
import { noSidewaysScroll, twoSchoolsInRoom } from './helpers/guideRoom';
import { printToPdf } from './helpers/pdf';
import { serveBuild } from './helpers/server';

const server = serveBuild();
const MEETING_NAME = 'Tercera sesión, zona 087';

test('how to strengthen what was and was not practised: proposals about tabla cards, on every device and on paper', async ({ browser }) => {
  test.setTimeout(150_000);
  const { a, b, meetingId } = await twoSchoolsInRoom(browser, server.url, MEETING_NAME);
  await a.getByRole('tab', { name: /^Tabla/ }).click();
  await b.getByRole('tab', { name: /^Tabla/ }).click();
  await addCardOnScreen(a, 'Nueva tarjeta: Ya lo practicamos', 'Escuchar sin interrumpir');
  await addCardOnScreen(a, 'Nueva tarjeta: Aún no lo practicamos', 'Observar la clase de un colega');

  // The room is on the tabla (activities 7-9); on B, which was elsewhere, the agenda's own button for
  // activity 8 opens the Tabla tab on that section, focused and on screen (not the columns above it).
  await a.getByText('Agenda de la sesión').click();
  await a.locator('#agenda-item-tabla').getByRole('button', { name: 'Llevar a la sala aquí' }).click();
  await b.getByRole('tab', { name: /^Normas de convivencia/ }).click();
  await b.getByText('Agenda de la sesión').click();
  const tablaB = b.locator('#agenda-item-tabla');
  await expect(tablaB).toContainText('En curso', { timeout: 15_000 });
  await tablaB.getByRole('button', { name: 'Ir a «Cómo fortalecerlas» (actividad 8)' }).click();
  await expect(b.getByRole('tab', { name: /^Tabla/ })).toHaveAttribute('aria-selected', 'true');
  const sectionB = b.locator('#tabla-fortalecer');
  await expect(sectionB).toBeFocused();
  await expect(sectionB.getByRole('heading', { name: 'Cómo fortalecerlas (actividad 8)' })).toBeInViewport();

  // B strengthens what is practised, about A's card.
  await expect(sectionB).toContainText('Cómo fortalecerlas (actividad 8)');
  const aboutB = sectionB.getByLabel('Sobre la tarjeta (Cómo fortalecerlas)');
  await expect(aboutB).toContainText('Ya lo practicamos: «Escuchar sin interrumpir»', { timeout: 15_000 });
  await aboutB.selectOption({ label: 'Ya lo practicamos: «Escuchar sin interrumpir»' });
  await sectionB.getByLabel('Cómo fortalecerlas', { exact: true }).fill('Un turno de palabra por escuela, con reloj');
  await sectionB.getByRole('button', { name: 'Agregar propuesta' }).click();
  await expect(sectionB.locator('.meeting-card', { hasText: 'Un turno de palabra' })).toContainText('Sobre «Escuchar sin interrumpir»');
  // The reasons column is not offered: only what is practised and what is not.
  const forB = sectionB.getByLabel('Para fortalecer (Cómo fortalecerlas)');
  await expect(forB.locator('option')).toHaveText(['Las que ya practicamos', 'Las que aún no practicamos']);

  // A proposes how to start what is not practised yet.
  const sectionA = a.locator('#tabla-fortalecer');
  await sectionA.getByLabel('Para fortalecer (Cómo fortalecerlas)').selectOption({ label: 'Las que aún no practicamos' });
  await sectionA
    .getByLabel('Sobre la tarjeta (Cómo fortalecerlas)')
    .selectOption({ label: 'Aún no lo practicamos: «Observar la clase de un colega»' });
  await sectionA.getByLabel('Cómo fortalecerlas', { exact: true }).fill('Visitarnos una vez al mes entre escuelas');
  await sectionA.getByRole('button', { name: 'Agregar propuesta' }).click();

  // Each device has both, in their group, and not in the columns.
  const notYetB = sectionB.locator('div', { has: b.getByRole('heading', { name: 'Las que aún no practicamos' }) });
  await expect(notYetB.locator('.meeting-card', { hasText: 'Visitarnos una vez al mes' })).toContainText('Ana Ruiz', { timeout: 15_000 });
  const practisedA = sectionA.locator('div', { has: a.getByRole('heading', { name: 'Las que ya practicamos' }) });
  await expect(practisedA.locator('.meeting-card', { hasText: 'Un turno de palabra' })).toContainText('Beto Díaz', { timeout: 15_000 });
  const columnA = a.locator('.columns');
  await expect(columnA.locator('.meeting-card', { hasText: 'Un turno de palabra' })).toHaveCount(0);
  await screenshot(b, '360-tabla-fortalecer');
  await expectAccessible(b, 'cómo fortalecerlas');
  expect(await noSidewaysScroll(b)).toBe(true);
  expect(await noSidewaysScroll(a)).toBe(true);

  await a.goto(`${server.url}/imprimir/encuentro/${meetingId}`);
  await expect(a.getByRole('heading', { name: MEETING_NAME })).toBeVisible();
  const pdf = await printToPdf(a, 'encuentro-fortalecer');
  expect(pdf.flowText).toMatch(
    /Cómo fortalecerlas \(actividad 8\) Las que ya practicamos: Un turno de palabra por escuela, con reloj — Beto Díaz, Escuela Primaria Emiliano Zapata \(Sobre «Escuchar sin interrumpir»\)/,
  );
  expect(pdf.flowText).toMatch(/Las que aún no practicamos: Visitarnos una vez al mes entre escuelas — Ana Ruiz/);
});
