// Issue 17 (rules Z1-Z4, docs/SYNC.md): eight Chromium devices, each in its own network namespace
// on one bridge, paired in a chain by text codes (1←2←…←8), so the first ones reach their six-link
// limit before the last arrive. Every device keeps 3 links within seconds of its pairing; the
// device with the most links leaves and no one is isolated; the screens never say ✓ while a
// device lacks cards. It prints bytes per update and idle bytes per device per minute.
// `npm run test:classroom` (root only).
import { expect, test } from '@playwright/test';
import { converge, launch, links, pair, write, type Device } from './devices';
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

test('Z1, T31: one large update reaches all eight; idle traffic per device is measured', async () => {
  test.setTimeout(180_000);
  const idleFrom = net.map(udpBytesOut);
  await devices[0]!.page.waitForTimeout(20_000);
  const idle = net.map((d, i) => udpBytesOut(d) - idleFrom[i]!);
  const before = net.map(udpBytesOut);
  const since = Date.now();
  const size = await write(devices[3]!, 'grande-', 2000);
  total += 2000;
  await converge(devices, total, { since });
  const sent = net.map(udpBytesOut).reduce((s, b, i) => s + b - before[i]!, 0);
  console.log(
    `reposo: ${Math.round((Math.max(...idle) * 3) / 1024)} KiB/disp/min como máximo; actualización de ${size} B en ${Date.now() - since} ms: ` +
      `${sent} B de UDP, ${(sent / ((N - 1) * size)).toFixed(2)} copias por receptor`,
  );
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
