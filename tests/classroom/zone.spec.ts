// Issue 17 (rules Z1-Z4, docs/SYNC.md): eight Chromium devices, each in its own network namespace
// on one bridge, paired in a chain by text codes (1←2←…←8), so the first ones reach their six-link
// limit before the last arrive. Every device keeps 3 links within seconds of its pairing; the
// device with the most links leaves and no one is isolated; the screens never say ✓ while a
// device lacks cards. It prints bytes per update and idle bytes per device per minute.
// `npm run test:classroom` (root only).
import { expect, test } from '@playwright/test';
import { converge, docBytesOut, launch, links, pair, write, type Device } from './devices';
import { classroom, teardown, udpBytesOut, type NetDevice } from './net';

const N = 8;
const PREFIX = 'zon17';
let net: NetDevice[] = [];
const devices: Device[] = [];
let total = 0;
test.describe.configure({ mode: 'serial' });

test.afterAll(async () => {
  for (const d of devices) await d.browser.close().catch(() => undefined);
  teardown(net, PREFIX);
});

test('Z1: eight devices paired in a chain each keep 3 links within seconds, even the last', async () => {
  test.setTimeout(420_000);
  net = classroom(N, PREFIX);
  for (let i = 0; i < N; i++) devices.push(await launch(String(i + 1), net[i]!));
  await write(devices[0]!, 'inicio-', 10);
  total = 10;
  for (let i = 1; i < N; i++) await pair(devices[i - 1]!, devices[i]!);
  const start = Date.now();
  await expect
    .poll(async () => Math.min(...(await Promise.all(devices.map(links)))), { timeout: 30_000, intervals: [250] })
    .toBeGreaterThanOrEqual(3);
  const formed = Date.now() - start;
  // A QR pairing is never refused: a device past its limit trims a redundant link soon after (Z2).
  await expect.poll(async () => Math.max(...(await Promise.all(devices.map(links)))), { timeout: 15_000 }).toBeLessThanOrEqual(6);
  const all = await Promise.all(devices.map(links));
  console.log(`8 dispositivos: todos con 3+ enlaces ${formed} ms después de la última vinculación; enlaces ${all.join(',')}`);
  expect(Math.min(...all)).toBeGreaterThanOrEqual(3);
  await converge(devices, total, { since: Date.now() });
});

/** Bytes each device handed its links by why: own change, forwarded at once, after a turn, catch-up, step 2 replies, repairs. */
const sentByWhy = (d: Device) =>
  d.page.evaluate(() => {
    const sync = (
      window as unknown as {
        __bitacoraSala: { sync: { forwarder: { bytes: Record<string, number> }; replyBytes: Record<string, number> } };
      }
    ).__bitacoraSala.sync;
    return { ...sync.forwarder.bytes, ...sync.replyBytes } as Record<string, number>;
  });

// Copies are counted where the app decides, in plain size (T31, T37): UDP carries the update
// deflated, so its bytes no longer tell copies (an 8-device run read 0.17 "copies" from UDP).
test('Z1, T31: one large update reaches all eight about once each; idle traffic per device is measured', async () => {
  test.setTimeout(180_000);
  const idleFrom = net.map(udpBytesOut);
  await devices[0]!.page.waitForTimeout(20_000);
  const idle = net.map((d, i) => udpBytesOut(d) - idleFrom[i]!);
  const before = net.map(udpBytesOut);
  const appBefore = await Promise.all(devices.map(docBytesOut));
  const whyBefore = await Promise.all(devices.map(sentByWhy));
  const since = Date.now();
  // From the device with the fewest links: most receivers then get the update forwarded (T31,
  // T35), the case that cost extra copies. (Device 4, written on before, had six links: one
  // receiver in seven needed a forward.)
  const counts = await Promise.all(devices.map(links));
  const author = devices[counts.indexOf(Math.min(...counts))]!;
  console.log(`enlaces por dispositivo: ${counts.join(',')}; escribe el de ${Math.min(...counts)}`);
  const size = await write(author, 'grande-', 2000);
  total += 2000;
  await converge(devices, total, { since });
  const sent = net.map(udpBytesOut).reduce((s, b, i) => s + b - before[i]!, 0);
  const appSent = (await Promise.all(devices.map(docBytesOut))).reduce((s, b, i) => s + b - appBefore[i]!, 0);
  const copies = appSent / ((N - 1) * size);
  const repairs = await Promise.all(
    devices.map((d) =>
      d.page.evaluate(() => (window as unknown as { __bitacoraSala: { sync: { repairs: number } } }).__bitacoraSala.sync.repairs),
    ),
  );
  console.log(`reparaciones (T29) por dispositivo: ${repairs.join(',')}`);
  // Where the copies came from (forwarder.bytes, DocSync.replyBytes), in copies per receiver.
  const why = (await Promise.all(devices.map(sentByWhy))).map((w, i) =>
    Object.fromEntries(Object.entries(w).map(([k, v]) => [k, v - whyBefore[i]![k]!])),
  );
  const byWhy = Object.keys(why[0]!).map((k) => `${k} ${(why.reduce((t, w) => t + w[k]!, 0) / ((N - 1) * size)).toFixed(2)}`);
  console.log(
    `copias por motivo: ${byWhy.join(', ')}; por dispositivo: ${why
      .map((w) =>
        Object.values(w)
          .map((v) => (v / size).toFixed(1))
          .join('/'),
      )
      .join(' ')}`,
  );
  console.log(
    `reposo: ${Math.round((Math.max(...idle) * 3) / 1024)} KiB/disp/min como máximo; actualización de ${size} B en ${Date.now() - since} ms: ` +
      `${appSent} B entregados a los enlaces sin comprimir (${copies.toFixed(2)} copias por receptor), ${sent} B de UDP (${(sent / ((N - 1) * size)).toFixed(2)} por receptor)`,
  );
  // Issue 17's goal: one copy per receiving device, within 1.5x. On the wire, deflated (T37):
  // 0.17-0.38 of a plain copy per receiver. Handed to the links: 1.73 and 2.31 plain copies on
  // 3 Dec, before T38 (a large update's state vector goes ahead of it, so a forwarder waiting its
  // turn sees the receiver has or is getting it) and before the room screen stopped re-rendering
  // per message; 1.01-1.02 in six runs on 4 Dec, with up to four busy loops beside it, written on
  // a six-link device and on a three-link one (four receivers then needed a forward).
  expect(copies).toBeLessThanOrEqual(1.5);
  expect(sent / ((N - 1) * size)).toBeLessThanOrEqual(1.5);
});

test('Z1: the device with the most links leaves; every other keeps 2+ links and still gets what is written', async () => {
  test.setTimeout(180_000);
  const counts = await Promise.all(devices.map(links));
  const most = devices[counts.indexOf(Math.max(...counts))]!;
  await most.browser.close();
  devices.splice(devices.indexOf(most), 1);
  await expect
    .poll(async () => Math.min(...(await Promise.all(devices.map(links)))), { timeout: 20_000, intervals: [250] })
    .toBeGreaterThanOrEqual(2);
  const since = Date.now();
  await write(devices[devices.length - 1]!, 'despues-', 5);
  total += 5;
  await converge(devices, total, { since });
});
