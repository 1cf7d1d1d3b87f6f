// Issue 19, items 1-3, through the screens: two schools paired in the room; the coordinating school
// (the meeting's creator, A3) moves the agenda (to the tabla, then to activity 8 further down it)
// and the other device is told "La coordinación pasó a: … · Ir" and follows with one tap, without
// losing what it was typing. The other school cannot move the room. Roles on cards and on paper.
import { expect } from '@playwright/test';
import { test } from './helpers/test';
import { expectAccessible, screenshot } from './helpers/app';
import { meetInRoom, SCHOOL_A, SCHOOL_B, schoolDevice } from './helpers/meetingRoom';
import { printToPdf } from './helpers/pdf';
import { serveBuild } from './helpers/server';

const server = serveBuild();
const MEETING_NAME = 'Tercera sesión, zona 087';

test('the coordination moves the agenda; the other device follows with one tap and keeps its typing', async ({ browser }) => {
  test.setTimeout(150_000);
  const a = await schoolDevice(browser, server.url, SCHOOL_A);
  const b = await schoolDevice(browser, server.url, SCHOOL_B);

  await meetInRoom(a, b, server.url, MEETING_NAME);

  // The agenda is on both devices; only the coordinating school gets the buttons that move the room.
  await a.getByText('Agenda de la sesión').click();
  await b.getByText('Agenda de la sesión').click();
  await expect(b.getByRole('button', { name: 'Llevar a la sala aquí' })).toHaveCount(0);
  const tablaA = a.locator('#agenda-item-tabla');
  await tablaA.getByRole('button', { name: 'Llevar a la sala aquí' }).click();
  await expect(tablaA).toContainText('En curso');
  await expect(tablaA).toContainText('¿Cómo fortalecer lo que ya hacen?');
  // The coordinator is not told of its own move.
  await expect(a.getByText(/La coordinación pasó a/)).toHaveCount(0);

  // B is typing a card when the move arrives: it is told, nothing jumps, the typing stays.
  const field = b.getByLabel('Nueva tarjeta', { exact: true });
  await field.fill('Escuchar sin interrumpir');
  const notice = b.locator('.coordination-notice');
  await expect(notice).toContainText('La coordinación pasó a: Tabla de tres columnas', { timeout: 15_000 });
  await expect(b.getByRole('tab', { name: /^Normas de convivencia/ })).toHaveAttribute('aria-selected', 'true');
  await expect(field).toHaveValue('Escuchar sin interrumpir');
  await expect(b.locator('#agenda-item-tabla')).toContainText('En curso');
  await expect(b.locator('#agenda-item-lluvia')).toContainText('Hecha');
  await expect(b.locator('#agenda-item-video')).toContainText('Sigue');
  await screenshot(b, '360-agenda-coordinacion');
  await expectAccessible(b, 'agenda con aviso de la coordinación');

  // One tap: B is on the table's panel, the notice is gone.
  await notice.getByRole('button', { name: 'Ir' }).click();
  await expect(b.getByRole('tab', { name: /^Tabla/ })).toHaveAttribute('aria-selected', 'true');
  await expect(b.getByRole('tab', { name: /^Tabla/ })).toBeFocused();
  await expect(notice).toHaveCount(0);
  // No sideways scroll at 360 px.
  expect(await b.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  // Activity 8 happens further down the tabla: the coordination brings the room there too, and B,
  // on another tab meanwhile, lands on that section with one tap. Still the tabla's time (7-9).
  await b.getByRole('tab', { name: /^Normas de convivencia/ }).click();
  const toStep8 = tablaA.getByRole('button', { name: 'Llevar a la sala a «Cómo fortalecerlas (actividad 8)»' });
  await toStep8.click();
  await expect(toStep8).toHaveCount(0);
  await expect(a.locator('.agenda-summary')).toContainText('En curso: Tabla de tres columnas · Cómo fortalecerlas (actividad 8)');
  await expect(tablaA.getByRole('button', { name: 'Llevar a la sala aquí' })).toBeVisible();
  await expect(notice).toContainText('La coordinación pasó a: Cómo fortalecerlas (actividad 8)', { timeout: 15_000 });
  await expect(b.locator('#agenda-item-tabla')).toContainText('En curso');
  await expect(b.getByText(/datos? dañados? de la agenda/)).toHaveCount(0);
  await notice.getByRole('button', { name: 'Ir' }).click();
  await expect(b.getByRole('tab', { name: /^Tabla/ })).toHaveAttribute('aria-selected', 'true');
  const step8 = b.locator('#tabla-fortalecer');
  await expect(step8).toBeFocused();
  await expect(step8.getByRole('heading', { name: 'Cómo fortalecerlas (actividad 8)' })).toBeInViewport();
  await expect(notice).toHaveCount(0);

  // Roles (A5-A7): B records for its school and moderates team 2; A names B's school coordinating.
  await b.getByRole('button', { name: 'Yo registro por mi escuela' }).click();
  await b.getByLabel('Equipo', { exact: true }).selectOption('2');
  await b.getByRole('button', { name: 'Yo modero el equipo 2' }).click();
  await a.getByLabel('Escuela Primaria Emiliano Zapata coordina').check();
  await b.getByRole('tab', { name: /^Normas de convivencia/ }).click();
  await b
    .getByLabel('Nueva tarjeta', { exact: true })
    .locator('xpath=ancestor::form')
    .getByRole('button', { name: 'Agregar', exact: true })
    .click();
  const card = a.locator('.meeting-card', { hasText: 'Escuchar sin interrumpir' });
  await expect(card).toContainText('Representante', { timeout: 10_000 });
  await expect(card).toContainText('Moderación de equipo');
  await expect(a.locator('.roles')).toContainText('Equipo 2: Beto Díaz (Escuela Primaria Emiliano Zapata)');
  // A5: the one who records for A is another teacher of A, not the one holding the phone.
  const other = a.getByLabel('Si registra otra persona de su escuela, escriba su nombre');
  await a.getByRole('button', { name: 'Nombrarla representante' }).click();
  await expect(a.locator('.roles')).toContainText('Escriba el nombre de quien registra.');
  await other.fill('Carmen Soto');
  await a.getByRole('button', { name: 'Nombrarla representante' }).click();
  await expect(other).toHaveValue('');
  await expect(b.locator('.roles')).toContainText(`${SCHOOL_A.name}: Carmen Soto`, { timeout: 10_000 });
  // Named coordinating, B may now move the room.
  await expect(b.getByRole('button', { name: 'Llevar a la sala aquí' }).first()).toBeVisible({ timeout: 10_000 });
  await screenshot(a, '360-roles');
  await expectAccessible(a, 'roles del encuentro');

  // The printed meeting says who had which role.
  const meetingId = new URL(a.url()).pathname.split('/')[2]!;
  await a.goto(`${server.url}/imprimir/encuentro/${meetingId}`);
  await expect(a.getByRole('heading', { name: MEETING_NAME })).toBeVisible();
  const pdf = await printToPdf(a, 'encuentro-roles');
  expect(pdf.flowText).toContain(
    'Escuchar sin interrumpir — Beto Díaz (Representante, Moderación de equipo), Escuela Primaria Emiliano Zapata',
  );
  expect(pdf.flowText).toContain('Representante: Beto Díaz');
  // A team's moderator is on paper even before the team writes anything.
  expect(pdf.flowText).toMatch(
    /Equipo 2: El uso de materiales; La percepción que tiene el docente acerca del logro de su propósito Modera: Beto Díaz \(Escuela Primaria Emiliano Zapata\)/,
  );
  // A's representative is the teacher it named, not the one who printed.
  expect(pdf.flowText).toContain('Escuela Primaria Benito Juárez (14DPR0123X) · Representante: Carmen Soto · Coordina');
});
