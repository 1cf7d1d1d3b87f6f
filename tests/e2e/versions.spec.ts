// Issue 21: two devices on different app versions in one room. The "newer" device runs another
// build of the app: the same dist/ published by a second host with the room-protocol numbers of
// its bundle changed (what a release that bumps the protocol would ship). A newer build that still
// speaks the old protocol syncs; one that does not opens no link, and each device says in Spanish
// which one must be updated, with both documents left as they were.
import { expect, type Browser, type Page } from '@playwright/test';
import { test } from './helpers/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from '../../scripts/serve-dir.mjs';
import { startStaticServer, type StaticServer } from './helpers/server';
import { cardTextsInPage } from './helpers/cards';
import { expectCard, newDevice, openRoom, readQr, setCard } from './helpers/room';

const PROTOCOL = /Object\.freeze\(\{current:(\d+),oldest:(\d+)\}\),(\w+)=`([^`]+)`/;

/** dist/ served again as a build that speaks room protocols oldest..current, as app version `app`. */
async function buildOfVersion(current: number, oldest: number, app: string): Promise<StaticServer> {
  const chunk = readdirSync('dist/assets').find((f) => f.endsWith('.js') && PROTOCOL.test(readFileSync(join('dist/assets', f), 'utf8')));
  if (!chunk) throw new Error('No chunk of dist/ holds ROOM_PROTOCOL (src/domain/protocolVersion.ts): update PROTOCOL here.');
  const source = readFileSync(join('dist/assets', chunk), 'utf8');
  const server = await serveDir('dist');
  server.override(
    `/assets/${chunk}`,
    source.replace(PROTOCOL, (_m, _c, _o, name) => `Object.freeze({current:${current},oldest:${oldest}}),${name}=\`${app}\``),
  );
  return server;
}

let current: StaticServer;
test.beforeAll(async () => {
  current = await startStaticServer();
});
test.afterAll(async () => {
  await current.close();
});

/** host invites, joiner answers, host enters the reply: the steps of pairing, without assuming it works. */
async function tryPair(host: Page, joiner: Page): Promise<void> {
  await host.getByRole('button', { name: /Mostrar código para invitar/ }).click();
  const invitation = await readQr(host, 'invitation-qr');
  await joiner.getByLabel('Código del anfitrión').fill(invitation);
  await joiner.getByRole('button', { name: 'Usar este código' }).click();
  const reply = await readQr(joiner, 'reply-qr');
  await host.getByLabel('Código de respuesta del otro dispositivo').fill(reply);
  await host.getByRole('button', { name: 'Conectar' }).click();
}

/**
 * Device A on a build speaking protocols `oldest..current` as app `app`, device B on this build,
 * each with one card, paired through the screens; then `check`, and everything is closed.
 */
async function pairAcrossBuilds(
  browser: Browser,
  [newest, oldest, app]: [number, number, string],
  check: (a: Page, b: Page) => Promise<void>,
): Promise<void> {
  const newer = await buildOfVersion(newest, oldest, app);
  try {
    const a = await newDevice(browser, newer.url, 'Escuela Primaria Benito Juárez', 'Profr. Ángel Gutiérrez');
    const b = await newDevice(browser, current.url, 'Escuela Primaria Emiliano Zapata', 'Mtra. Laura Díaz');
    await openRoom(a);
    await openRoom(b);
    await setCard(a, 'de-a', 'Escrito en la versión nueva');
    await setCard(b, 'de-b', 'Escrito en la versión anterior');
    await tryPair(a, b);
    await check(a, b);
    for (const p of [a, b]) await p.context().close();
  } finally {
    await newer.close();
  }
}

test('a newer build that still speaks the old protocol syncs with the older one', async ({ browser }) => {
  test.setTimeout(120_000);
  await pairAcrossBuilds(browser, [3, 1, '0.2.0'], async (a, b) => {
    await expect(a.getByRole('region', { name: 'Invitar a otro dispositivo' }).getByText('Dispositivo conectado.')).toBeVisible({
      timeout: 20_000,
    });
    for (const p of [a, b]) {
      await expectCard(p, 'de-a', 'Escrito en la versión nueva');
      await expectCard(p, 'de-b', 'Escrito en la versión anterior');
    }
    await expect(a.getByTestId('version-problem')).toHaveCount(0);
  });
});

test('with no protocol in common, nothing syncs and each device says which one must be updated', async ({ browser }) => {
  test.setTimeout(120_000);
  await pairAcrossBuilds(browser, [4, 3, '0.4.0'], async (a, b) => {
    // The newer host: the other device is the old one, with its version.
    const onA = a.getByTestId('version-problem');
    await expect(onA).toContainText('Otro dispositivo tiene una versión anterior de la aplicación (versión 0.1.0)', { timeout: 20_000 });
    await expect(
      a.getByRole('region', { name: 'Invitar a otro dispositivo' }).getByText('Ese dispositivo debe actualizarse'),
    ).toBeVisible();
    // The older joiner: this device is the one to update.
    await expect(
      b
        .getByRole('region', { name: 'Unirse a un encuentro' })
        .getByText(/Este dispositivo tiene una versión anterior.*\(versión 0\.4\.0\)/),
    ).toBeVisible({ timeout: 20_000 });
    await expect(b.getByTestId('version-problem')).toContainText('No se cambió nada del encuentro');

    // Neither document took anything from the other.
    const cards = (p: Page) => p.evaluate(cardTextsInPage);
    expect(await cards(a)).toEqual({ 'de-a': 'Escrito en la versión nueva' });
    expect(await cards(b)).toEqual({ 'de-b': 'Escrito en la versión anterior' });
    await expect(a.getByTestId('room-status')).toHaveText('Aún no hay otros dispositivos conectados.');
  });
});
