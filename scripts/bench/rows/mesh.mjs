// Benchmark rows for rooms of 2, 4, 6 and 8 browser devices (issues 15 and 17): contexts of one
// Chromium on loopback, paired in a chain by text codes (1←2←…←n). Per room: from the last
// pairing until every device has min(3, n-1) links and says "Todos tienen todo" (the "six-device
// mesh" row of issue 15), links per device, idle bytes per device per minute and bytes per
// update (what the links hand to their data channels), and the time for one update to reach all.
import { cardTextInPage, writeCards, writerOfPage } from '../../room-cards.mjs';
import { pair, schoolDevice } from '../device.mjs';

const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';
const IDLE_MS = 15_000;

const links = (p) => p.evaluate(() => window.__bitacoraSala.getSnapshot().directLinks);
const bytesOut = (p) => p.evaluate(() => [...window.__bitacoraSala.room.links.values()].reduce((n, l) => n + l.bytesOut, 0));
const sum = (xs) => xs.reduce((a, b) => a + b, 0);

async function room(browser, baseUrl, n) {
  const viewport = { width: 360, height: 740 };
  const pages = [];
  for (let i = 0; i < n; i++) {
    pages.push(await schoolDevice(browser, baseUrl, { school: `Escuela ${i + 1}`, cct: `14DPR00${10 + i}A`, diagnostics: true, viewport }));
  }
  try {
    await pages[0].goto(`${baseUrl}/encuentros/${MEETING}/sala`);
    await pages[0].waitForFunction(() => Boolean(window.__bitacoraSala));
    for (let i = 1; i < n; i++) await pair(pages[i - 1], pages[i]);
    const start = Date.now();
    const want = Math.min(3, n - 1);
    await Promise.all(
      pages.map(async (p) => {
        await p.waitForFunction((w) => window.__bitacoraSala.getSnapshot().directLinks >= w, want, { timeout: 60_000, polling: 50 });
        await p.getByTestId('room-status').getByText('Todos tienen todo').waitFor({ timeout: 60_000 });
      }),
    );
    const formMs = Date.now() - start;
    const counts = await Promise.all(pages.map(links));
    const idleFrom = await Promise.all(pages.map(bytesOut));
    await pages[0].waitForTimeout(IDLE_MS);
    const idle = (await Promise.all(pages.map(bytesOut))).map((b, i) => b - idleFrom[i]);
    const docBytes = (p) => p.evaluate(() => [...window.__bitacoraSala.room.links.values()].reduce((n, l) => n + l.docBytesOut, 0));
    // Copies in plain size (deflate, T37, would make them look fewer than they are).
    const before = sum(await Promise.all(pages.map(docBytes)));
    const writer = await writerOfPage(pages[0]);
    const t0 = Date.now();
    // 2,000 valid cards in one update, as a pasted list would be (room-cards.mjs).
    const size = await writeCards(pages[0], 'grande-', 2000, writer, 'lectura en voz alta con tercer grado');
    await Promise.all(pages.map((p) => p.waitForFunction(cardTextInPage, 'grande-1999', { timeout: 60_000, polling: 10 })));
    const convergeMs = Date.now() - t0;
    // Let the last forwards leave the queues before counting.
    await pages[0].waitForTimeout(1000);
    const copies = (sum(await Promise.all(pages.map(docBytes))) - before) / ((n - 1) * size);
    const label = `sala de ${n} (navegador)`;
    return [
      {
        name: `${label}: de la última vinculación a todos con ${want} enlace${want === 1 ? '' : 's'} y todo`,
        value: formMs,
        unit: 'ms',
        budget: 5000,
        ok: formMs <= 5000,
      },
      {
        name: `${label}: enlaces por dispositivo (mín–máx)`,
        value: `${Math.min(...counts)}–${Math.max(...counts)}`,
        unit: 'enlaces',
        budget: null,
        ok: Math.min(...counts) >= want,
      },
      {
        name: `${label}: una actualización de ${size} B, hasta que todos la tienen`,
        value: convergeMs,
        unit: 'ms',
        budget: 2000,
        ok: convergeMs <= 2000,
      },
      { name: `${label}: bytes por actualización`, value: copies, unit: 'copias/receptor', budget: 1.5, ok: copies <= 1.5 },
      {
        name: `${label}: reposo (el dispositivo que más envía)`,
        value: (Math.max(...idle) * (60_000 / IDLE_MS)) / 1024,
        unit: 'KiB/disp/min',
        budget: null,
        ok: true,
      },
    ];
  } finally {
    for (const p of pages) await p.context().close();
  }
}

export default async function mesh({ browser, baseUrl }) {
  const rows = [];
  for (const n of [2, 4, 6, 8]) rows.push(...(await room(browser, baseUrl, n)));
  return rows;
}
