// Issues 5 and 8, as teachers live it, through the screens only (no diagnostics switch): two
// schools pair in the room, then write on the panels and watch each other's cards arrive; the room
// stays open on every screen; a device that joined by QR lists the meeting; the slides follow the
// presentation timer another device started; leaving the room is seen by the others.
import { expect, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { buildBackupText, practice, session } from '../../scripts/fixtures/backup.mjs';
import { expectAccessible, screenshot } from './helpers/app';
import { restoreFixture } from './helpers/restore';
import { meetInRoom, SCHOOL_A, SCHOOL_B, schoolDevice } from './helpers/meetingRoom';
import { heldWakeLocks, watchWakeLocks } from './helpers/wakeLock';
import { serveBuild } from './helpers/server';

const server = serveBuild();

const MEETING_NAME = 'Tercera sesión, zona 087';

/** B's bitácora: a session whose preparation selected two prácticas, so it has slides. */
function preparedSession(): string {
  const s = session('S2', 2, '2018-10-26');
  const prep = {
    id: 'S2',
    done: { individual: true, grupos: true, plenaria: true, compartir: true },
    groups: [],
    plenaria: {
      effectivePractices: 'Lectura por parejas',
      materials: 'Regletas',
      hardContents: 'Fracciones',
      supportRequested: 'Inferencias',
    },
    share: { practiceIds: ['P1', 'P2'], problemIds: [], evidenceIds: [], supportHoped: 'Ideas para inferir' },
    createdAt: 1,
    updatedAt: 1,
  };
  return buildBackupText({
    tables: {
      sessions: [s],
      practices: [practice('P1', 'S2', 'Lectura en voz alta por parejas'), practice('P2', 'S2', 'Problemas con regletas', 2)],
      preparations: [prep],
    },
  });
}

async function addCard(page: Page, text: string) {
  const field = page.getByLabel('Nueva tarjeta', { exact: true });
  await field.fill(text);
  await field.locator('xpath=ancestor::form').getByRole('button', { name: 'Agregar', exact: true }).click();
}

/** In-app navigation (a reload would close the room, as it would on a phone). */
async function menu(page: Page, name: string) {
  const button = page.getByRole('button', { name: 'Menú' });
  if (await button.isVisible()) await button.click();
  await page.locator('nav').getByRole('link', { name, exact: true }).click();
}

test('paired in the room, cards typed on the panels reach the other school live, on every screen, and the slides follow the shared timer', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const a = await schoolDevice(browser, server.url, SCHOOL_A);
  const b = await schoolDevice(browser, server.url, SCHOOL_B, { width: 1280 });
  await restoreFixture(b, server.url, 'sesion-preparada', preparedSession());

  // A creates the meeting and opens its room; B has never seen the meeting: it joins by the
  // invitation code, from the join screen; both go to the panels.
  await meetInRoom(a, b, server.url, MEETING_NAME);
  // Without the diagnostics switch the room's session (and secret) stays out of the global scope.
  expect(await a.evaluate(() => '__bitacoraSala' in window)).toBe(false);
  // The room stays open and says so on every screen.
  const barA = a.getByRole('region', { name: 'Sala del encuentro' });
  await expect(barA).toContainText('1 dispositivo más');
  // B's school joining reached A's panels (the school chips), without a reload.
  await expect(a.locator('.school-chips li')).toHaveCount(2, { timeout: 10_000 });

  await addCard(a, 'Respetar los turnos para hablar');
  await expect(b.locator('.meeting-card', { hasText: 'Respetar los turnos para hablar' })).toBeVisible({ timeout: 10_000 });
  await addCard(b, 'Escuchar sin interrumpir');
  await expect(a.locator('.meeting-card', { hasText: 'Escuchar sin interrumpir' })).toBeVisible({ timeout: 10_000 });
  await expect(a.locator('.meeting-card', { hasText: 'Escuchar sin interrumpir' })).toContainText('Beto Díaz');
  await screenshot(a, '360-encuentro-en-sala');
  await expectAccessible(a, 'paneles en sala');

  // A starts the presentation timer on its Problemáticas panel.
  await a.getByRole('tab', { name: /^Problemáticas/ }).click();
  await a.getByLabel('Escuela que presenta').selectOption({ label: 'Escuela Primaria Emiliano Zapata (14DPR0456Y)' });
  await a.getByRole('button', { name: /Iniciar presentación/ }).click();
  await expect(a.getByRole('timer')).toHaveText(/^(10:00|9:[0-5]\d)$/);

  // B leaves the panels for its bitácora and its slides, in the app: still in the room.
  await menu(b, 'Preparar el encuentro');
  await b.getByRole('button', { name: 'Comenzar' }).click();
  await expect(b.getByRole('region', { name: 'Sala del encuentro' })).toContainText('1 dispositivo más');
  // Joined by QR, B now lists the meeting: its slides can pick the meeting's shared timer.
  await b.getByRole('link', { name: 'Ver la presentación' }).click();
  // In the room, the slides start on the meeting's shared timer (a local 15 minutes otherwise).
  await expect(b.getByRole('timer')).toHaveText(/^(10:00|9:[0-5]\d)$/, { timeout: 10_000 });
  await expect(b.getByLabel('Cronómetro de la presentación').locator('option:checked')).toHaveText(
    `Cronómetro compartido de «${MEETING_NAME}»`,
  );
  await b.getByLabel('Cronómetro de la presentación').selectOption({ label: 'Ensayo en la escuela (15 min)' });
  await expect(b.getByRole('timer')).toHaveText(/^1[45]:\d\d$/);
  await b.getByLabel('Cronómetro de la presentación').selectOption({ label: `Cronómetro compartido de «${MEETING_NAME}»` });
  await expect(b.getByRole('timer')).toHaveText(/^(10:00|9:[0-5]\d)$/, { timeout: 10_000 });
  await expect(b.getByText('El cronómetro del encuentro no está corriendo')).toHaveCount(0);

  // A stops the timer: B's slides fall back to local time and say so.
  await a.getByRole('button', { name: 'Terminar presentación' }).click();
  await expect(b.getByText('El cronómetro del encuentro no está corriendo: se muestran 10 minutos locales.')).toBeVisible({
    timeout: 10_000,
  });

  // A card A writes meanwhile is on B when B comes back to the panels, and the room is still up.
  await a.getByRole('tab', { name: /^Normas de convivencia/ }).click();
  await addCard(a, 'Llegar puntuales');
  await b.getByRole('link', { name: /Salir/ }).click();
  await menu(b, 'Encuentros');
  await b.getByRole('link', { name: new RegExp(MEETING_NAME) }).click();
  await expect(b.locator('.meeting-card', { hasText: 'Llegar puntuales' })).toBeVisible({ timeout: 10_000 });

  // A leaves the room: B sees A go; A's screens no longer show the room bar.
  await barA.getByRole('link', { name: 'Ver la sala' }).click();
  await a.getByRole('button', { name: 'Salir de la sala' }).click();
  await expect(a.getByRole('heading', { level: 1, name: MEETING_NAME })).toBeVisible();
  await expect(a.getByRole('region', { name: 'Sala del encuentro' })).toHaveCount(0);
  await expect(b.getByRole('region', { name: 'Sala del encuentro' })).toContainText('aún sin otros dispositivos', { timeout: 15_000 });
  // B's room says who is gone and how to get them back.
  await b.getByRole('link', { name: 'Ver la sala' }).click();
  await expect(b.getByTestId('lost')).toContainText('Ya no están conectados: Escuela Primaria Benito Juárez (Ana Ruiz).');
  await expect(b.getByTestId('lost')).toContainText('vuelva a invitarlos con un código');
  await screenshot(b, '1280-sala-se-fue');
  for (const p of [a, b]) await p.context().close();
});

test('the screen stays awake while the device is in the room, on any screen, and is let go after leaving', async ({ browser }) => {
  const a = await schoolDevice(browser, server.url, SCHOOL_A);
  await watchWakeLocks(a.context());
  const held = () => heldWakeLocks(a);
  await a.goto(`${server.url}/encuentros/nuevo`);
  await a.getByLabel('Nombre del encuentro').fill(MEETING_NAME);
  await a.getByLabel('Fecha').fill('2018-11-30');
  await a.getByRole('button', { name: 'Crear encuentro' }).click();
  expect(await held()).toBe(0);
  await a.getByRole('link', { name: 'Sala del encuentro' }).click();
  await expect(a.getByRole('button', { name: 'Salir de la sala' })).toBeVisible();
  await expect.poll(held).toBeGreaterThan(0);
  await expect(a.getByText('Este navegador puede apagar la pantalla')).toHaveCount(0);
  await a.getByRole('link', { name: 'Ir a los paneles' }).click();
  await expect(a.getByRole('region', { name: 'Sala del encuentro' })).toBeVisible();
  await expect.poll(held).toBeGreaterThan(0);
  await a.getByRole('link', { name: 'Ver la sala' }).click();
  await a.getByRole('button', { name: 'Salir de la sala' }).click();
  await expect(a.getByRole('heading', { level: 1, name: MEETING_NAME })).toBeVisible();
  await expect.poll(held).toBe(0);
  await a.context().close();
});
