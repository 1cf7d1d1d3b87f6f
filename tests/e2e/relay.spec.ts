// Issue 5: the LAN relay (`npm run relay`, y-webrtc's signaling server) started by the test on a
// free loopback port: devices that share the room secret find each other through it with no
// answer QR at all, and edits reach everyone (T20). The relay only carries sealed envelopes.
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from './helpers/server';
import { startRelay, type Relay } from './helpers/relay';
import { expectAccessible, screenshot } from './helpers/app';
import { expectCard, newDevice, openRoom, setCard } from './helpers/room';

let server: StaticServer;
let relay: Relay;
test.beforeAll(async () => {
  server = await startStaticServer();
  relay = await startRelay();
});
test.afterAll(async () => {
  await relay.stop();
  await server.close();
});

async function connectRelay(page: Page, url: string) {
  await page.getByText('Relevo en la red local (opcional)').click();
  await page.getByLabel('Dirección del relevo').fill(url);
  await page.getByRole('button', { name: 'Usar relevo' }).click();
  await expect(page.getByTestId('lan-status')).toHaveText('Conectado al relevo.');
}

test('T20: three devices meet through the LAN relay; only the invitation (the room secret) is shared', async ({ browser }) => {
  test.setTimeout(120_000);
  expect(relay.output()).toContain('Relevo de la sala listo');
  const a = await newDevice(browser, server.url, 'Escuela A', 'Ana');
  const b = await newDevice(browser, server.url, 'Escuela B', 'Beto');
  const c = await newDevice(browser, server.url, 'Escuela C', 'Carla');
  await openRoom(a);
  await a.getByText('Relevo en la red local (opcional)').click();
  await a.getByLabel('Dirección del relevo').fill('no es una dirección');
  await a.getByRole('button', { name: 'Usar relevo' }).click();
  await expect(a.getByText('La dirección no es válida.', { exact: false })).toBeVisible();
  await a.getByLabel('Dirección del relevo').fill(relay.url);
  await a.getByRole('button', { name: 'Usar relevo' }).click();
  await expect(a.getByTestId('lan-status')).toHaveText('Conectado al relevo.');
  await setCard(a, 'from-a', 'Escrito en A');

  await a.getByRole('button', { name: 'Mostrar código para invitar' }).click();
  const invitation = await a.getByTestId('invitation-text').inputValue();
  for (const p of [b, c]) {
    await p.goto(`${server.url}/encuentros/unirse`);
    await p.getByLabel('Código del anfitrión').fill(invitation);
    await p.getByRole('button', { name: 'Usar este código' }).click();
    await expect(p.getByTestId('reply-text')).toBeVisible();
    await connectRelay(p, relay.url);
  }
  await screenshot(b, '360-sala-relevo');
  await expectAccessible(b, 'sala con relevo');

  await setCard(b, 'from-b', 'Escrito en B');
  await setCard(c, 'from-c', 'Escrito en C');
  for (const p of [a, b, c]) {
    await expectCard(p, 'from-a', 'Escrito en A', 30_000);
    await expectCard(p, 'from-b', 'Escrito en B', 30_000);
    await expectCard(p, 'from-c', 'Escrito en C', 30_000);
    await expect(p.getByTestId('devices').locator('li')).toHaveCount(2);
    await expect(p.getByTestId('devices').locator('li', { hasText: 'conexión directa' })).toHaveCount(2, { timeout: 20_000 });
  }
  // No reply code was ever given to A: the links came from the relay.
  await expect(b.getByText('Esperando a que el anfitrión escanee la respuesta…')).toBeVisible();
  for (const p of [a, b, c]) await expect(p.getByTestId('room-status')).toHaveText('✓ Todos tienen todo', { timeout: 15_000 });
  for (const p of [a, b, c]) await p.context().close();
});

test('T21: two tabs of one browser find each other through BroadcastChannel', async ({ browser }) => {
  const first = await newDevice(browser, server.url, 'Escuela A', 'Ana');
  await openRoom(first);
  const second = await first.context().newPage();
  await second.goto(first.url());
  await expect(second.getByRole('heading', { name: 'Sala del encuentro' })).toBeVisible();
  await second.waitForFunction(() => Boolean((window as unknown as { __bitacoraSala?: unknown }).__bitacoraSala));
  await setCard(first, 'tab-1', 'Escrito en la primera pestaña');
  await setCard(second, 'tab-2', 'Escrito en la segunda pestaña');
  await expectCard(second, 'tab-1', 'Escrito en la primera pestaña', 20_000);
  await expectCard(first, 'tab-2', 'Escrito en la segunda pestaña', 20_000);
  await first.context().close();
});
