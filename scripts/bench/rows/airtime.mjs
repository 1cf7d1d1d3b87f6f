// Airtime (issue 13, T31, T33): what one update costs the room's Wi-Fi. Four devices (browser
// contexts) pair through the screens, A with B, C and D; relay links the rest (T18). Right after
// the last link opens, B writes one update of 2,000 valid cards (the app's model, through the
// diagnostics switch) and then one small card; measured: the bytes every device hands to its
// channels until all four hold it, per receiving device, against the update's size. Flooding
// sent about 3 copies per receiver with four devices ((N-1)² in all); the goal is at most 1.5.
// Copies count document messages in their plain size; the wire row counts the frames the
// channels carry, after deflate (T37).
// UDP bytes on a real LAN (DTLS, SCTP, retransmissions) are measured by the classroom test.
import { CARD_TEXT, validCardCount, writeCards } from '../../room-cards.mjs';
import { pair, schoolDevice } from '../device.mjs';

const MEETING = '5e2d1c0b-3a4f-4e5d-8c7b-6a5f4e3d2c1b';

const links = (p) => p.evaluate(() => window.__bitacoraSala.getSnapshot().directLinks);
const sumLinks = (p, field) => p.evaluate((f) => [...window.__bitacoraSala.room.links.values()].reduce((n, l) => n + l[f], 0), field);
const bytesOut = (p) => Promise.all([sumLinks(p, 'bytesOut'), sumLinks(p, 'docBytesOut')]);
const WRITER = { author: 'Docente B', school: { name: 'Escuela B', cct: '14DPR0001A' } };

async function until(check, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('sin converger');
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Copies per receiving device for one update of `n` cards written on B. */
async function measure(devices, prefix, n, expected) {
  const before = await Promise.all(devices.map(bytesOut));
  const size = await writeCards(devices[1], prefix, n, WRITER, CARD_TEXT);
  await until(async () => (await Promise.all(devices.map(validCardCount))).every((c) => c === expected), 60_000);
  // Pings and state vectors after the update: a moment for the last of them, counted too.
  await new Promise((ok) => setTimeout(ok, 300));
  const after = await Promise.all(devices.map(bytesOut));
  const sent = (k) => after.reduce((s, b, i) => s + b[k] - before[i][k], 0);
  const per = (devices.length - 1) * size;
  return { size, wire: sent(0) / per, copies: sent(1) / per };
}

export default async function airtime({ browser, baseUrl }) {
  const devices = await Promise.all(
    ['A', 'B', 'C', 'D'].map((s, i) => schoolDevice(browser, baseUrl, { school: `Escuela ${s}`, cct: `14DPR000${i}A`, diagnostics: true })),
  );
  try {
    for (const p of devices) {
      await p.goto(`${baseUrl}/encuentros/${MEETING}/sala`);
      await p.waitForFunction(() => Boolean(window.__bitacoraSala));
    }
    const [a, , c, d] = devices;
    for (const j of [devices[1], c, d]) await pair(a, j, { joinerOnJoinPage: false, timeout: 30_000 });
    await until(async () => (await Promise.all(devices.map(links))).every((l) => l === 3), 60_000);
    const big = await measure(devices, 'grande-', 2000, 2000);
    const small = await measure(devices, 'chica-', 1, 2001);
    return [
      {
        name: `aire: una actualización de ${Math.round(big.size / 1024)} KiB, 4 dispositivos (copias por receptor)`,
        value: big.copies,
        unit: '×',
        budget: 1.5,
        ok: big.copies <= 1.5,
      },
      {
        name: `aire: la misma actualización en los canales, comprimida (bytes por receptor / tamaño)`,
        value: big.wire,
        unit: '×',
        budget: 1.5,
        ok: big.wire <= 1.5,
      },
      {
        name: `aire: una tarjeta (${small.size} B), 4 dispositivos (bytes por receptor / tamaño, con pings)`,
        value: small.wire,
        unit: '×',
        budget: null,
        ok: true,
      },
    ];
  } finally {
    for (const p of devices) await p.context().close();
  }
}
