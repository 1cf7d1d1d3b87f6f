// Issue 18, through the screens: a reply is taken only as the answer to the invitation it names
// (T25), and "Olvidar este encuentro" takes the meeting, its room secret and its document off the
// device, so the LAN relay no longer brings it back: a new invitation does (T26).
import { expect, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { serveBuild } from './helpers/server';
import { connectRelay, startRelay, type Relay } from './helpers/relay';
import { expectAccessible, screenshot } from './helpers/app';
import { newDevice, openRoom } from './helpers/room';

const server = serveBuild();
let relay: Relay;
test.beforeAll(async () => {
  relay = await startRelay();
});
test.afterAll(async () => {
  await relay.stop();
});

const OTHER = 'Esa respuesta es de otro código para invitar';
const REPLAYED = 'Esa respuesta ya se usó para conectar un dispositivo';
const EXPIRED = 'Esa respuesta es de un código para invitar que ya venció';

async function showInvitation(host: Page): Promise<string> {
  const before = (await host.getByTestId('invitation-text').count()) ? await host.getByTestId('invitation-text').inputValue() : '';
  await host
    .getByRole('button', { name: /Mostrar código para invitar|Generar un código nuevo/ })
    .first()
    .click();
  await expect(host.getByTestId('invitation-text')).not.toHaveValue(before);
  await expect(host.getByTestId('invitation-text')).not.toHaveValue('');
  return host.getByTestId('invitation-text').inputValue();
}

async function answer(joiner: Page, invitation: string): Promise<string> {
  const before = (await joiner.getByTestId('reply-text').count()) ? await joiner.getByTestId('reply-text').inputValue() : '';
  await joiner.getByLabel('Código del anfitrión').fill(invitation);
  await joiner.getByRole('button', { name: 'Usar este código' }).click();
  await expect(joiner.getByTestId('reply-text')).not.toHaveValue(before);
  await expect(joiner.getByTestId('reply-text')).not.toHaveValue('');
  return joiner.getByTestId('reply-text').inputValue();
}

async function paste(host: Page, reply: string): Promise<void> {
  await host.getByLabel('Código de respuesta del otro dispositivo').fill(reply);
  await host.getByRole('button', { name: 'Conectar' }).click();
}

const invite = (host: Page) => host.getByRole('region', { name: 'Invitar a otro dispositivo' });

test('T25: a reply for another invitation, a used one or an expired one is refused with its reason; the code on screen still works', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const a = await newDevice(browser, server.url, 'Escuela A', 'Ana');
  const b = await newDevice(browser, server.url, 'Escuela B', 'Beto');
  await a.clock.install();
  await openRoom(a);
  await openRoom(b);

  const first = await showInvitation(a);
  const oldReply = await answer(b, first);
  // The host generates a new code before scanning: the old reply no longer answers anything.
  const second = await showInvitation(a);
  await paste(a, oldReply);
  await expect(invite(a).getByRole('alert')).toContainText(OTHER);
  await expect(a.getByTestId('invitation-qr')).toBeVisible(); // not used up by the wrong reply
  await screenshot(a, '360-sala-respuesta-de-otro-codigo');
  await expectAccessible(a, 'sala, respuesta de otro código');

  const goodReply = await answer(b, second);
  await paste(a, goodReply);
  await expect(invite(a).getByText('Dispositivo conectado.')).toBeVisible({ timeout: 20_000 });
  await expect(b.getByRole('region', { name: 'Unirse a un encuentro' }).getByText('Dispositivo conectado.')).toBeVisible({
    timeout: 20_000,
  });

  // The same reply shown again, to the next code: a replay.
  await showInvitation(a);
  await paste(a, goodReply);
  await expect(invite(a).getByRole('alert')).toContainText(REPLAYED);

  // A reply whose code expired (3 minutes), pasted on the new code the host shows after it.
  const third = await showInvitation(a);
  const lateReply = await answer(b, third);
  await a.clock.fastForward('03:05');
  await expect(a.getByText('El código venció. Genere uno nuevo.')).toBeVisible();
  await showInvitation(a);
  await paste(a, lateReply);
  await expect(invite(a).getByRole('alert')).toContainText(EXPIRED);
  for (const p of [a, b]) await p.context().close();
});

test('T26: “Olvidar este encuentro” removes it from the device; the relay cannot bring it back, a new invitation can', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const a = await newDevice(browser, server.url, 'Escuela A', 'Ana');
  const b = await newDevice(browser, server.url, 'Escuela B', 'Beto');
  const name = 'Encuentro que se olvida';
  await a.goto(`${server.url}/encuentros/nuevo`);
  await a.getByLabel('Nombre del encuentro').fill(name);
  await a.getByLabel('Fecha').fill('2026-11-30');
  await a.getByRole('button', { name: 'Crear encuentro' }).click();
  await expect(a.getByRole('heading', { level: 1, name })).toBeVisible();
  const meetingId = new URL(a.url()).pathname.split('/')[2]!;
  await openRoom(a, meetingId);
  await connectRelay(a, relay.url);

  // B joins once with an invitation and the relay (no reply scanned), and lists the meeting.
  const invitation = await showInvitation(a);
  await b.goto(`${server.url}/encuentros/unirse`);
  await b.getByLabel('Código del anfitrión').fill(invitation);
  await b.getByRole('button', { name: 'Usar este código' }).click();
  await expect(b.getByTestId('reply-text')).toBeVisible();
  await connectRelay(b, relay.url);
  await expect(b.getByTestId('devices').locator('li', { hasText: 'conexión directa' })).toHaveCount(1, { timeout: 30_000 });
  await b.getByRole('link', { name: 'Ir a los paneles' }).click();
  await expect(b.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 15_000 });
  const secretKey = `bitacora-sala-secreto:${meetingId}`;
  const secret = await b.evaluate((k) => localStorage.getItem(k), secretKey);
  expect(secret).toBeTruthy();

  // Forget: the panel says what goes, offers the export first, and asks to confirm.
  await b.getByRole('button', { name: 'Olvidar este encuentro…' }).click();
  const panel = b.getByRole('region', { name: 'Olvidar este encuentro en este dispositivo' });
  await expect(panel).toContainText('necesitará un código nuevo para invitar');
  await expect(panel.getByRole('button', { name: 'Exportar encuentro' })).toBeVisible();
  await screenshot(b, '360-olvidar-encuentro');
  await expectAccessible(b, 'olvidar encuentro');
  await panel.getByRole('button', { name: 'Cancelar' }).click();
  await expect(panel).toHaveCount(0);
  await b.getByRole('button', { name: 'Olvidar este encuentro…' }).click();
  await panel.getByRole('button', { name: 'Sí, olvidar este encuentro' }).click();
  await expect(b).toHaveURL(`${server.url}/encuentros`);
  await expect(b.getByText(`Se olvidó “${name}” en este dispositivo.`)).toBeVisible({ timeout: 15_000 });
  await expect(b.getByText('Este dispositivo aún no tiene encuentros.')).toBeVisible();
  await expect(b.getByRole('region', { name: 'Sala del encuentro' })).toHaveCount(0); // the room closed
  expect(await b.evaluate((k) => localStorage.getItem(k), secretKey)).toBeNull();
  const dbs = await b.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  expect(dbs).not.toContain(`bitacora-encuentro-${meetingId}`);
  await expect(a.getByTestId('devices').locator('li')).toHaveCount(0, { timeout: 20_000 });

  // Back in the room's address with the relay: a new secret, a room nobody else is in. A control
  // device that holds the room's secret joins through the same relay meanwhile and meets A, so the
  // relay path works; B, who forgot, never does.
  await openRoom(b, meetingId);
  await connectRelay(b, relay.url);
  const c = await newDevice(browser, server.url, 'Escuela C', 'Carla');
  await c.goto(`${server.url}/encuentros/unirse`);
  await c.getByLabel('Código del anfitrión').fill(invitation);
  await c.getByRole('button', { name: 'Usar este código' }).click();
  await expect(c.getByTestId('reply-text')).toBeVisible();
  await connectRelay(c, relay.url);
  await expect(c.getByTestId('devices').locator('li', { hasText: 'Escuela A' })).toHaveCount(1, { timeout: 30_000 });
  await expect(a.getByTestId('devices').locator('li')).toHaveCount(1);
  await expect(b.getByTestId('room-status')).toHaveText('Aún no hay otros dispositivos conectados.');
  expect(await b.evaluate((k) => localStorage.getItem(k), secretKey)).not.toBe(secret);

  // A new invitation brings B back: the meeting arrives again and is listed.
  const again = await showInvitation(a);
  await paste(a, await answer(b, again));
  await expect(invite(a).getByText('Dispositivo conectado.')).toBeVisible({ timeout: 20_000 });
  await expect(b.getByTestId('devices').locator('li', { hasText: 'Escuela A' })).toHaveCount(1, { timeout: 30_000 });
  await b.getByRole('link', { name: 'Ir a los paneles' }).click();
  await expect(b.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 15_000 });
  for (const p of [a, b, c]) await p.context().close();
});
