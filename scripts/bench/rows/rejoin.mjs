// "Volver a la sala" (issue 15): three devices in the room (A-B and B-C paired, A-C through relay);
// C reloads (as Android does to a background tab) and, at 4x CPU, shows its one rejoin code; A and
// C each write a card meanwhile. Measured: from A taking the code (the moment a camera would have
// decoded it) until all three devices hold both cards and say "Todos tienen todo".
import { throttle } from '../browser.mjs';
import { writeCard, writerOfPage } from '../../room-cards.mjs';
import { pair, schoolDevice } from '../device.mjs';

const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';
const APART = { 'c-apart': 'C escribió sin los demás', 'a-apart': 'A escribió sin C' };

// Both cards as the app's reader sees them (room-cards.mjs writes valid ones, as the panels do).
const hasCards = (page, texts) =>
  page.waitForFunction(
    (want) =>
      Object.entries(want).every(
        ([id, text]) => window.__bitacoraSala && window.__bitacoraModelo?.readCard(window.__bitacoraSala.doc, id)?.text === text,
      ),
    texts,
    { timeout: 60_000, polling: 20 },
  );

export default async function rejoin({ browser, baseUrl }) {
  const viewport = { width: 360, height: 740 };
  const [a, b, c] = await Promise.all(
    ['A', 'B', 'C'].map((s, i) =>
      schoolDevice(browser, baseUrl, { school: `Escuela ${s}`, cct: `14DPR000${i}A`, diagnostics: true, viewport }),
    ),
  );
  await a.goto(`${baseUrl}/encuentros/${MEETING}/sala`);
  await a.waitForFunction(() => Boolean(window.__bitacoraSala));
  await pair(a, b, { until: 'todo' });
  await pair(b, c, { until: 'todo' });
  await a.getByTestId('devices').locator('li', { hasText: 'Escuela C' }).getByText('conexión directa').waitFor({ timeout: 60_000 });
  await c.reload();
  await throttle(c);
  await c.waitForFunction(() => Boolean(window.__bitacoraSala));
  const code = await c.getByTestId('rejoin-text').inputValue({ timeout: 60_000 });
  await writeCard(c, 'c-apart', APART['c-apart'], await writerOfPage(c));
  await writeCard(a, 'a-apart', APART['a-apart'], await writerOfPage(a));
  const panel = a.getByRole('region', { name: 'Hacer volver a un dispositivo' });
  await panel.getByLabel('Código para volver a la sala').fill(code);
  const start = Date.now();
  await panel.getByRole('button', { name: 'Hacer volver' }).click();
  await Promise.all(
    [a, b, c].map(async (p) => {
      await hasCards(p, APART);
      await p.getByTestId('room-status').getByText('Todos tienen todo').waitFor({ timeout: 60_000 });
    }),
  );
  const ms = Date.now() - start;
  for (const p of [a, b, c]) await p.context().close();
  return [
    {
      name: 'Volver a la sala: de un solo escaneo a todos tienen todo (3 dispositivos, CPU 4x en el que vuelve)',
      value: ms,
      unit: 'ms',
      budget: 3000,
      ok: ms <= 3000,
    },
  ];
}
