// Issue 15: a device that drops out of the room comes back by itself and rejoins with one scan.
// Three devices in separate browser contexts; the scanner reads the returning device's QR with its
// (fake) camera, which really decodes the frames. Rule ids: docs/SYNC-TRANSPORT.md (R1-R8).
import { expect, type Browser } from '@playwright/test';
import { test } from './helpers/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectAccessible, screenshot, setupSchool } from './helpers/app';
import { killAll, launch as launchOnProfile } from './helpers/killable';
import {
  cameraBrowser,
  expectEveryone,
  flipByte,
  pasteRejoin,
  rejoinQr,
  roomOfThree,
  scanRejoin,
  type CameraBrowser,
} from './helpers/rejoin';
import { enableDiagnostics, expectCard, newDevice, pair, setCard, waitForSession } from './helpers/room';
import { serveBuild } from './helpers/server';

const server = serveBuild();
let cam: CameraBrowser;
test.beforeAll(async () => {
  cam = await cameraBrowser();
});
test.afterAll(async () => {
  await cam.browser.close();
});

test('R1, R2, R5, R7, R8: C reloads, shows one QR, A scans it once; what A and C wrote apart reaches all three', async ({ browser }) => {
  test.setTimeout(240_000);
  const { a, b, c } = await roomOfThree(cam, browser, server.url);
  await setCard(a, 'before', 'Antes de la recarga');

  await c.reload();
  await waitForSession(c);
  // A and B see C go; C is back in its room screen, alone, with one QR.
  await expect(a.getByTestId('lost')).toContainText('Escuela C (Carla)', { timeout: 20_000 });
  const code = await rejoinQr(c);
  await expect(c.getByTestId('room-status')).toHaveText('Aún no hay otros dispositivos conectados.');
  await screenshot(c, '360-sala-volver');
  await expectAccessible(c, 'volver a la sala');
  await setCard(a, 'a-apart', 'A escribió sin C');
  await setCard(c, 'c-apart', 'C escribió sin los demás');

  // One scan on A; no answer travels back to C.
  await scanRejoin(cam, a, code);
  await expect(a.getByTestId('rejoin-accepted')).toHaveText('El dispositivo volvió a la sala: conectado.', { timeout: 30_000 });
  await expect(c.getByRole('region', { name: 'Volver a la sala' })).toContainText('De vuelta en la sala: conectado.', { timeout: 30_000 });
  await screenshot(a, '360-sala-hizo-volver');
  await expectEveryone(
    [a, b, c],
    [
      ['before', 'Antes de la recarga'],
      ['a-apart', 'A escribió sin C'],
      ['c-apart', 'C escribió sin los demás'],
    ],
  );
  // C is back, on B too (through relay), and nobody lists it as gone.
  await expect(b.getByTestId('devices').getByText('Escuela C')).toBeVisible({ timeout: 30_000 });
  for (const p of [a, b]) await expect(p.getByTestId('lost')).toHaveCount(0, { timeout: 20_000 });

  // A second drop in a row comes back the same way.
  await c.reload();
  await waitForSession(c);
  await setCard(c, 'c-apart-2', 'Segunda vez sin los demás');
  const again = await rejoinQr(c);
  expect(again).not.toBe(code);
  await scanRejoin(cam, a, again);
  await expect(c.getByRole('region', { name: 'Volver a la sala' })).toContainText('De vuelta en la sala: conectado.', { timeout: 30_000 });
  await expectEveryone([a, b, c], [['c-apart-2', 'Segunda vez sin los demás']]);
  for (const p of [a, b, c]) await p.context().close();
});

test("R7 from the room bar: A, writing in the bitácora, scans C's QR from the bar and C is linked again; A stays where it was", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { a, b, c } = await roomOfThree(cam, browser, server.url);
  // A leaves the room screen for the bitácora (inside the app: the room stays open).
  await a.getByRole('button', { name: 'Menú' }).click();
  await a.getByRole('link', { name: 'Prácticas', exact: true }).click();
  await expect(a.getByRole('heading', { level: 1, name: 'Prácticas educativas' })).toBeVisible();
  const bar = a.getByRole('region', { name: 'Sala del encuentro' });
  await expect(bar).toContainText('2 dispositivos más');

  await c.reload();
  await waitForSession(c);
  const code = await rejoinQr(c);
  await setCard(c, 'c-apart', 'C escribió sin los demás');
  await setCard(a, 'a-apart', 'A escribió en la bitácora');

  // The bar's button: a 44 px target inside a 360 px screen, reached and pressed from the keyboard.
  const open = bar.getByRole('button', { name: 'Hacer volver a un dispositivo' });
  const box = (await open.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  await bar.getByRole('link', { name: 'Ver la sala' }).focus();
  await a.keyboard.press('Tab');
  await expect(open).toBeFocused();
  cam.show(code); // what the camera will see when the button switches it on
  await a.keyboard.press('Enter');
  await expect(open).toHaveAttribute('aria-expanded', 'true');
  const scan = a.getByRole('region', { name: 'Hacer volver a un dispositivo' });
  await expect(scan.getByRole('heading', { name: 'Hacer volver a un dispositivo' })).toBeFocused();
  await expect(a.getByTestId('rejoin-accepted')).toHaveText('El dispositivo volvió a la sala: conectado.', { timeout: 30_000 });
  await expect(c.getByRole('region', { name: 'Volver a la sala' })).toContainText('De vuelta en la sala: conectado.', { timeout: 30_000 });
  expect(await a.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(a, 'hacer volver desde la barra');
  await screenshot(a, '360-barra-hacer-volver');
  // A never left the bitácora; what each wrote apart reached all three.
  await expect(a).toHaveURL(/\/practicas$/);
  for (const p of [a, b, c]) {
    await expectCard(p, 'c-apart', 'C escribió sin los demás', 30_000);
    await expectCard(p, 'a-apart', 'A escribió en la bitácora', 30_000);
  }
  await expect(bar).toContainText('2 dispositivos más, todos tienen todo', { timeout: 30_000 });
  await scan.getByRole('button', { name: 'Cerrar' }).click();
  await expect(scan).toHaveCount(0);
  await expect(open).toBeFocused();
  for (const p of [a, b, c]) await p.context().close();
});

test('R6: a rejoin code of another meeting, a forged one or an invitation is refused with a reason and changes nothing', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { a, b, c } = await roomOfThree(cam, browser, server.url);
  await c.reload();
  await waitForSession(c);
  const code = await rejoinQr(c);
  const region = a.getByRole('region', { name: 'Hacer volver a un dispositivo' });

  // Another meeting: the meeting id in clear (bytes 3..18) names another meeting.
  await pasteRejoin(a, flipByte(code, 5));
  await expect(region.getByRole('alert')).toHaveText('Ese código es para volver a otro encuentro, no a esta sala. No se cambió nada.');
  // Forged: the sealed part does not open with this room's key.
  await pasteRejoin(a, flipByte(code, 40));
  await expect(region.getByRole('alert')).toHaveText('Ese código no pertenece a esta sala: fue rechazado y no se cambió nada.');
  // An invitation is not a way back.
  await b.getByRole('button', { name: /Mostrar código para invitar|Generar un código nuevo/ }).click();
  await pasteRejoin(a, await b.getByTestId('invitation-text').inputValue());
  await expect(region.getByRole('alert')).toContainText('no para volver a la sala');
  // Garbage.
  await pasteRejoin(a, 'no-es-un-codigo');
  await expect(region.getByRole('alert')).toHaveText('El código no se pudo leer. Revise que esté completo.');
  await expect(a.getByTestId('refused')).toHaveCount(0);
  // Nothing changed: C is still alone with its code, and the real code still works afterwards.
  await expect(c.getByTestId('room-status')).toHaveText('Aún no hay otros dispositivos conectados.');
  expect(await c.getByTestId('rejoin-text').inputValue()).toBe(code);
  await pasteRejoin(a, code);
  await expect(c.getByRole('region', { name: 'Volver a la sala' })).toContainText('De vuelta en la sala: conectado.', { timeout: 30_000 });
  for (const p of [a, b, c]) await p.context().close();
});

/** C as a whole browser on its own profile (its default, persistent context), ready to be killed. */
async function deviceOnProfile(profile: string): Promise<{ browser: Browser; proc: Awaited<ReturnType<typeof launchOnProfile>>['proc'] }> {
  const launched = await launchOnProfile(profile);
  await enableDiagnostics(launched.browser.contexts()[0]!);
  return launched;
}

test("R1, R2: C's browser is SIGKILLed and launched again on its profile; it reopens into the room and rejoins with one scan", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const profile = mkdtempSync(join(tmpdir(), 'bitacora-volver-'));
  let c = await deviceOnProfile(profile);
  try {
    const page = await c.browser.contexts()[0]!.newPage();
    await page.goto(server.url);
    await setupSchool(page, { name: 'Escuela C', responsable: 'Carla' });
    const { a, b } = await roomOfThree(cam, browser, server.url, page);
    await setCard(page, 'c-before', 'C antes del corte');
    await expectEveryone([a, b], [['c-before', 'C antes del corte']]);

    await killAll(c.proc);
    await setCard(a, 'a-apart', 'A escribió mientras C estaba apagado');
    c = await deviceOnProfile(profile);
    // The teacher opens the app again: it goes back into the meeting's room by itself.
    const back = await c.browser.contexts()[0]!.newPage();
    await back.goto(server.url);
    await expect(back).toHaveURL(/\/encuentros\/3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41\/sala$/, { timeout: 20_000 });
    await waitForSession(back);
    const code = await rejoinQr(back);
    await setCard(back, 'c-apart', 'C escribió al volver, aún solo');
    await scanRejoin(cam, a, code);
    await expect(back.getByRole('region', { name: 'Volver a la sala' })).toContainText('De vuelta en la sala: conectado.', {
      timeout: 30_000,
    });
    await expectEveryone(
      [a, b, back],
      [
        ['c-before', 'C antes del corte'],
        ['a-apart', 'A escribió mientras C estaba apagado'],
        ['c-apart', 'C escribió al volver, aún solo'],
      ],
    );
    for (const p of [a, b]) await p.context().close();
  } finally {
    await c.browser.close().catch(() => undefined);
    await killAll(c.proc);
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  }
});

test('R8: where the browser refuses a changed description, C says so and comes back by the two-scan invitation', async ({ browser }) => {
  test.setTimeout(240_000);
  const c = await newDevice(browser, server.url, 'Escuela C', 'Carla');
  // This Chromium accepts munged descriptions; stand in, at that browser boundary, for one that does
  // not (as the spec allows): setLocalDescription throws for any SDP other than the one it created.
  await c.context().addInitScript(() => {
    const proto = RTCPeerConnection.prototype;
    const made = new WeakMap<RTCPeerConnection, string>();
    for (const name of ['createOffer', 'createAnswer'] as const) {
      const original = proto[name] as (this: RTCPeerConnection, ...args: unknown[]) => Promise<RTCSessionDescriptionInit>;
      proto[name] = async function (this: RTCPeerConnection, ...args: unknown[]) {
        const d = await original.apply(this, args);
        made.set(this, d.sdp ?? '');
        return d;
      } as never;
    }
    const setLocal = proto.setLocalDescription as (this: RTCPeerConnection, d?: RTCLocalSessionDescriptionInit) => Promise<void>;
    proto.setLocalDescription = function (this: RTCPeerConnection, d?: RTCLocalSessionDescriptionInit) {
      if (d?.sdp && d.sdp !== made.get(this)) return Promise.reject(new DOMException('SDP modificado', 'InvalidModificationError'));
      return setLocal.call(this, d);
    } as never;
  });
  const { a, b } = await roomOfThree(cam, browser, server.url, c);
  await c.reload();
  await waitForSession(c);
  await setCard(c, 'c-apart', 'C escribió sin los demás');
  const region = c.getByRole('region', { name: 'Volver a la sala' });
  await expect(region.getByTestId('rejoin-unavailable')).toContainText(
    'Este navegador rechazó preparar la conexión para volver con un solo código.',
    { timeout: 30_000 },
  );
  await expect(region).toContainText('Use la invitación de dos pasos');
  await expect(c.getByTestId('rejoin-qr')).toHaveCount(0);
  await screenshot(c, '360-sala-volver-dos-pasos');
  await pair(b, c);
  await expectEveryone([a, b, c], [['c-apart', 'C escribió sin los demás']]);
  for (const p of [a, b, c]) await p.context().close();
});
