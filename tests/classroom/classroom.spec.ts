// Issue 13: the room on a simulated classroom network (rules T28-T32, T19). Four Chromium devices,
// each in its own network namespace on one bridge with no route out, pair through the screens.
// Then: UDP loss of 10% and 25%, a device's Wi-Fi gone for 5, 10, 20 and 60 s (from 20 s on, its
// links are closed and it comes back with one scan of "Volver a la sala"), a device killed
// mid-transfer. Cards are written with the app's model and counted by its reader (valid cards).
// Every device converges, no device shows ✓ while it lacks data or hears no one, and one update
// costs the LAN at most 1.5x one copy per receiving device. `npm run test:classroom` (root only).
import { expect, test, type Page } from '@playwright/test';
import { converge, docBytesOut, launch, links, OK, pair, status, write, type Device } from './devices';
import { pasteRejoin } from '../e2e/helpers/rejoin';
import { readQr } from '../e2e/helpers/room';
import { classroom, killBrowser, setLoss, setOutage, teardown, udpBytesOut, type NetDevice } from './net';

const DEAF = 'No se oye a ningún dispositivo';

let net: NetDevice[] = [];
const devices: Device[] = [];
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  // Each step says when it ended: a CI run on 7 Dec spent the whole 240 s here, and the hook's
  // timeout does not say in which step (it passed locally in 20 s, before and after).
  const t0 = Date.now();
  const done = (what: string) => console.log(`preparación: ${what} a los ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  net = classroom(4);
  for (const [i, name] of ['A', 'B', 'C', 'D'].entries()) {
    devices.push(await launch(name, net[i]!));
    done(`${name} abierto`);
  }
  const [a, b, c, d] = devices as [Device, Device, Device, Device];
  await write(a, 'inicio-', 10);
  for (const j of [b, c, d]) {
    await pair(a, j);
    done(`A y ${j.name} vinculados`);
  }
  // The rest of the mesh forms by relay through A (T18).
  await expect.poll(async () => Promise.all(devices.map(links)), { timeout: 60_000 }).toEqual([3, 3, 3, 3]);
  done('malla completa');
  await converge(devices, 10);
  done('todos con las 10 tarjetas');
});

test.afterAll(async () => {
  for (const d of devices) await d.browser.close().catch(() => undefined);
  teardown(net);
});

let total = 10;

/**
 * UDP bytes the LAN carries for `size` bytes sent at once over bare data channels from one device
 * to each of the others (DTLS, SCTP and its acknowledgements included): the yardstick of T31's
 * goal. All channels carry at the same time, as the update does: measured one channel alone, the
 * yardstick swung from 0.6 to 1.3 MB for the same 533 kB (retransmissions when channels share the
 * bridge), and the ratio with it.
 */
async function bareChannelBytes(from: Device, to: Device[], size: number): Promise<number> {
  type W = { __bare: Record<string, { pc: RTCPeerConnection; dc: RTCDataChannel; got: number }> };
  const setup = async ([key, offer]: [string, string | null]) => {
    const pc = new RTCPeerConnection({ iceServers: [] });
    const dc = pc.createDataChannel('bare', { negotiated: true, id: 7 });
    dc.binaryType = 'arraybuffer';
    const w = window as unknown as W;
    w.__bare ??= {};
    const entry = { pc, dc, got: 0 };
    w.__bare[key] = entry;
    dc.onmessage = (e) => (entry.got += (e.data as ArrayBuffer).byteLength);
    if (offer) await pc.setRemoteDescription({ type: 'offer', sdp: offer });
    await pc.setLocalDescription(offer ? await pc.createAnswer() : await pc.createOffer());
    await new Promise<void>((ok) => {
      const t = setTimeout(ok, 5000);
      pc.onicegatheringstatechange = () => pc.iceGatheringState === 'complete' && (clearTimeout(t), ok());
    });
    return pc.localDescription!.sdp;
  };
  const open = (p: Page, key: string) =>
    p.waitForFunction((k) => (window as unknown as W).__bare[k]!.dc.readyState === 'open', key, { timeout: 20_000 });
  for (const d of to) {
    const offer = await from.page.evaluate(setup, [d.name, null] as [string, null]);
    const answer = await d.page.evaluate(setup, [from.name, offer] as [string, string]);
    await from.page.evaluate(([k, sdp]) => (window as unknown as W).__bare[k]!.pc.setRemoteDescription({ type: 'answer', sdp }), [
      d.name,
      answer,
    ] as [string, string]);
    await open(from.page, d.name);
    await open(d.page, from.name);
  }
  const nets = [from, ...to].map((d) => d.net);
  const before = nets.reduce((s, n) => s + udpBytesOut(n), 0);
  await from.page.evaluate(
    async ([n, keys]) => {
      const send = async (dc: RTCDataChannel) => {
        const chunk = new Uint8Array(16 * 1024);
        for (let sent = 0; sent < n; sent += chunk.length) {
          while (dc.bufferedAmount > 1024 * 1024) await new Promise((ok) => setTimeout(ok, 5));
          dc.send(chunk.subarray(0, Math.min(chunk.length, n - sent)));
        }
      };
      await Promise.all(keys.map((k) => send((window as unknown as W).__bare[k]!.dc)));
    },
    [size, to.map((d) => d.name)] as [number, string[]],
  );
  for (const d of to)
    await d.page.waitForFunction(([k, n]) => (window as unknown as W).__bare[k]!.got >= n, [from.name, size] as [string, number], {
      timeout: 30_000,
    });
  // Let the last acknowledgements cross.
  await from.page.waitForTimeout(500);
  const bytes = nets.reduce((s, n) => s + udpBytesOut(n), 0) - before;
  for (const d of [from, ...to]) await d.page.evaluate(() => Object.values((window as unknown as W).__bare).forEach((b) => b.pc.close()));
  return bytes;
}

// T31 holds where the app decides: one copy per receiver handed to the links (1.01 measured), in
// plain size. On the wire, issue 13's goal: at most 1.5x what three bare channels carry for the
// same bytes. Before deflate (T37) the update's UDP was 1.4-3.3x that: receivers busy applying
// it dropped packets at their sockets (RcvbufErrors in the namespace) and SCTP sent them again.
// Deflated, the 0.73 MB update of these cards put 0.3 MB on UDP (0.14x). Their words are drawn
// from a small list: real prose deflates less (about 0.35 of its size), so a real meeting gains less.
test('T31: one large update is handed to the channels once per receiver; its UDP is measured against bare channels', async () => {
  const appBefore = await Promise.all(devices.map(docBytesOut));
  const before = net.map(udpBytesOut);
  const size = await write(devices[1]!, 'grande-', 2000);
  total += 2000;
  await converge(devices, total);
  const sent = net.map(udpBytesOut).reduce((s, b, i) => s + b - before[i]!, 0);
  const appSent = (await Promise.all(devices.map(docBytesOut))).reduce((s, b, i) => s + b - appBefore[i]!, 0);
  const bare = await bareChannelBytes(devices[1]!, [devices[0]!, devices[2]!, devices[3]!], size);
  const ratio = sent / bare;
  console.log(
    `actualización de ${size} B: ${sent} B de UDP en la red (${appSent} B entregados a los enlaces sin comprimir); 3 canales desnudos a la vez: ${bare} B; ${ratio.toFixed(2)}x, ${(appSent / (3 * size)).toFixed(2)} copias por receptor`,
  );
  expect(appSent / (3 * size)).toBeLessThanOrEqual(1.5);
  expect(ratio).toBeLessThanOrEqual(1.5);
});

for (const loss of [10, 25]) {
  test(`T29: with ${loss}% UDP loss everyone converges and no device shows ✓ while it lacks cards`, async () => {
    test.setTimeout(120_000);
    for (const n of net) setLoss(n, loss);
    try {
      const since = Date.now();
      for (const d of devices) await write(d, `perdida${loss}-${d.name}-`, 50);
      total += 200;
      await converge(devices, total, { since });
    } finally {
      for (const n of net) setLoss(n, 0);
    }
  });
}

/**
 * D, whose links closed, comes back with one scan (issue 15, R5-R8): it offers "Volver a la sala"
 * by itself once its network is back, A reads D's one QR from D's screen (the code under it is the
 * same; A's camera here is Chromium's fake pattern, so A pastes it) and the mesh re-forms by relay.
 */
async function rejoinByOneScan(scanner: Device, back: Device): Promise<void> {
  const region = back.page.getByRole('region', { name: 'Volver a la sala' });
  await expect(region).toBeVisible({ timeout: 30_000 });
  const code = await readQr(back.page, 'rejoin-qr');
  expect(code).toBe(await back.page.getByTestId('rejoin-text').inputValue());
  await pasteRejoin(scanner.page, code);
  await expect(back.page.getByText('De vuelta en la sala: conectado.')).toBeVisible({ timeout: 30_000 });
}

// Chromium closes every link of a device whose Wi-Fi is gone 15-18 s into the outage (T19's
// limit): after 20 s and 60 s D is alone and comes back by one scan; after 5 and 10 s its links hold.
for (const seconds of [5, 10, 20, 60]) {
  test(`T19, T28, R8: D's Wi-Fi is gone for ${seconds} s: it says it hears no one, the others say D does not answer, all converge after`, async () => {
    test.setTimeout(seconds * 1000 + 150_000);
    const [a, b, c, d] = devices as [Device, Device, Device, Device];
    setOutage(d.net, true);
    const downAt = Date.now();
    try {
      await write(a, `corte${seconds}-a-`, 20);
      await write(b, `corte${seconds}-b-`, 20);
      // D writes too while apart: both sides' writes must merge (issue 15).
      await write(d, `corte${seconds}-d-`, 20);
      // Within 3 s (plus the machine's load), D must not claim anything: it hears no one.
      await expect(d.page.getByTestId('room-status')).toContainText(DEAF, { timeout: 6_000 });
      console.log(`D dice «no se oye» a los ${((Date.now() - downAt) / 1000).toFixed(1)} s`);
      expect(await status(d)).not.toBe(OK);
      await expect(a.page.getByTestId('devices').locator('li', { hasText: 'Escuela D' })).toContainText('sin respuesta', {
        timeout: 6_000,
      });
      await expect(c.page.getByTestId('room-status')).not.toHaveText(OK);
      const left = seconds * 1000 - (Date.now() - downAt);
      if (left > 0) await d.page.waitForTimeout(left);
      expect(await status(d)).not.toBe(OK);
    } finally {
      setOutage(d.net, false);
    }
    const since = Date.now();
    total += 60;
    const alone = (await links(d)) === 0;
    console.log(`tras ${seconds} s sin Wi-Fi, D ${alone ? 'quedó sin enlaces: vuelve con un escaneo' : 'conservó sus enlaces'}`);
    // What Chromium does (measured): links survive 10 s and are gone by 20 s. A change either way
    // is news for T19's stated limit, so say it by failing.
    expect(alone).toBe(seconds >= 20);
    if (alone) await rejoinByOneScan(a, d);
    await expect.poll(async () => Promise.all(devices.map(links)), { timeout: 60_000 }).toEqual([3, 3, 3, 3]);
    await converge(devices, total, { since, timeoutMs: 90_000 });
  });
}

test('T14, T28: D is killed mid-transfer: the others stay whole, say D does not answer, and agree', async () => {
  test.setTimeout(120_000);
  const [a, b, c, d] = devices as [Device, Device, Device, Device];
  await write(a, 'muerte-', 3000);
  total += 3000;
  killBrowser(d.net);
  const killedAt = Date.now();
  for (const p of [b, c])
    await expect(p.page.getByTestId('devices').locator('li', { hasText: 'Escuela D' })).toContainText('sin respuesta', { timeout: 8_000 });
  console.log(`D «sin respuesta» en B y C a los ${((Date.now() - killedAt) / 1000).toFixed(1)} s`);
  // Until the browser closes D's links, the others say one device does not answer; then ✓.
  await converge([a, b, c], total, {
    since: killedAt,
    timeoutMs: 60_000,
    finalStatus: /^(✓ Todos tienen todo|Un dispositivo no responde; los demás tienen todo\.)$/,
    // D's last word on its links ("receiving") is old once they are quiet: before 7 Dec every
    // screen said "Sincronizando…" until D's links closed, 10 s after all had everything.
    statusWithinMs: 5000,
  });
});
