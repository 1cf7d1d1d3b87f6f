// Issue 5: the LAN relay (`npm run relay`, our server speaking y-webrtc's signaling protocol)
// started by the test on a free loopback port: devices that share the room secret find each other
// through it with no answer QR at all, and edits reach everyone (T20). The relay only carries
// sealed envelopes. Issue 18: a third-party y-webrtc WebrtcProvider syncs through it too (T24).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, type Browser, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { build } from 'vite';
import { serveDir } from '../../scripts/serve-dir.mjs';
import { serveBuild } from './helpers/server';
import { connectRelay, startRelay, type Relay } from './helpers/relay';
import { expectAccessible, screenshot } from './helpers/app';
import { expectCard, newDevice, openRoom, setCard } from './helpers/room';

const server = serveBuild();
let relay: Relay;
test.beforeAll(async () => {
  relay = await startRelay();
});
test.afterAll(async () => {
  await relay.stop();
});

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

/** The benchmark's comparison page (yjs + y-webrtc only, not the app), built once for this test. */
async function ywebrtcPage(): Promise<{ url: string; close(): Promise<void> }> {
  const outDir = await mkdtemp(join(tmpdir(), 'relay-ywebrtc-'));
  await build({ root: resolve('scripts/bench/pages/ywebrtc'), configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const served = await serveDir(outDir);
  return {
    url: served.url,
    close: async () => {
      await served.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}

type YPage = { benchYwebrtc: { Y: { Doc: new () => YDoc }; WebrtcProvider: new (room: string, doc: YDoc, opts: object) => unknown } };
type YDoc = { getMap(n: string): { set(k: string, v: string): void; get(k: string): unknown } };

async function ywebrtcDevice(browser: Browser, url: string, room: string, signaling: string, password?: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  await page.waitForFunction(() => Boolean((window as unknown as Partial<YPage>).benchYwebrtc));
  await page.evaluate(
    ([roomName, relayUrl, pw]) => {
      const w = window as unknown as YPage & { doc: YDoc; provider: unknown };
      w.doc = new w.benchYwebrtc.Y.Doc();
      const opts = { signaling: [relayUrl], peerOpts: { config: { iceServers: [] } }, ...(pw ? { password: pw } : {}) };
      w.provider = new w.benchYwebrtc.WebrtcProvider(roomName!, w.doc, opts);
    },
    [room, signaling, password ?? ''] as const,
  );
  return page;
}

test('T24: y-webrtc’s own WebrtcProvider, in two browsers, syncs a document through our relay', async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await ywebrtcPage();
  try {
    // Without a password y-webrtc publishes JSON objects; with one, base64 strings: both relayed.
    for (const password of [undefined, 'clave de prueba']) {
      const room = `terceros-${password ? 'cifrado' : 'abierto'}`;
      const a = await ywebrtcDevice(browser, page.url, room, relay.url, password);
      const b = await ywebrtcDevice(browser, page.url, room, relay.url, password);
      const set = (p: Page, k: string, v: string) =>
        p.evaluate(([key, val]) => (window as unknown as { doc: YDoc }).doc.getMap('m').set(key!, val!), [k, v]);
      const has = (p: Page, k: string, v: string) =>
        p.waitForFunction(([key, val]) => (window as unknown as { doc: YDoc }).doc.getMap('m').get(key!) === val, [k, v], {
          timeout: 30_000,
        });
      await set(a, 'desde-a', 'hola desde A');
      await has(b, 'desde-a', 'hola desde A');
      await set(b, 'desde-b', 'hola desde B');
      await has(a, 'desde-b', 'hola desde B');
      await a.context().close();
      await b.context().close();
    }
  } finally {
    await page.close();
  }
});
