// A room the size of a zona escolar (issue 17, rules Z1-Z4 in docs/SYNC.md) over the in-process
// network: the real Room, DocSync and Link of every device, paired in a chain as teachers pair by
// text codes (1←2←…←n), with devices at their six-link limit before the last ones arrive.
import { describe, expect, it } from 'vitest';
import { zone, type ZoneReport } from '../helpers/zone';

function print(r: ZoneReport): void {
  console.log(
    `${r.devices} dispositivos: malla en ${r.formMs} ms, enlaces ${r.minLinks}-${r.maxLinks}, diámetro ${r.diameter} (≤ 3 a los ${r.shortMs} ms), ` +
      `${Math.round(r.idleBytesPerDeviceMinute / 1024)} KiB/disp/min en reposo, actualización de ${r.updateBytes} B: ` +
      `${r.copiesPerReceiver.toFixed(2)} copias por receptor en ${r.convergeMs} ms, ✓ en todas las pantallas en ${r.statusAllMs} ms; ` +
      `${r.silentPairs} «sin respuesta» falsos; una tarjeta en todos en ${r.cardMs} ms; quien llega recibe ${r.joinerCopies.toFixed(2)} copias de la reunión ` +
      `y ${r.joinerLinks} enlaces en ${r.joinerMs} ms (${r.joinerPairings} emparejamiento${r.joinerPairings > 1 ? 's' : ''}); quien se va deja las pantallas en ${r.departedGoneMs} ms`,
  );
}

describe('a zona-sized room (Z1-Z4)', () => {
  // 32 and 64 devices are the bench's rows (`npm run bench zone`), not claims: in a CI-like run on
  // 2026-12-02 the 32-device chain ended split in two meshes whose devices were all at their
  // six-link limit, and it never re-formed (issue 17, open: a Z2 trim chose a link that was not
  // redundant). 64 passed 25 s alone and hit 120 s in CI-like runs.
  // `npm run bench zone` asks for 16, 32 and 64 through ZONE_SIZES; npm test runs 16.
  const sizes = (process.env.ZONE_SIZES ?? '16')
    .split(',')
    .map(Number)
    .filter((n) => n >= 4 && n <= 128);
  // ZONE_SEEDS=1,2,3 runs each size once per seed (the pairing order's randomness), to see the spread.
  const seeds = (process.env.ZONE_SEEDS ?? '').split(',').filter(Boolean).map(Number);
  // ZONE_SETTLE_MS=140000 ZONE_IDLE_MS=30000 measures the idle traffic of a room left alone, once
  // the announces of its first minutes have stopped (Z4), instead of right after it forms.
  const settleMs = Number(process.env.ZONE_SETTLE_MS) || undefined;
  const idleMs = Number(process.env.ZONE_IDLE_MS) || 5000;
  // ZONE_WRITTEN_IDLE_MS=60000 measures it once more after every device wrote a card (the bench does;
  // a minute at least: the renewals of presences that all changed at once stay in step).
  const writtenIdleMs = Number(process.env.ZONE_WRITTEN_IDLE_MS) || undefined;
  for (const n of sizes)
    for (const seed of seeds.length ? seeds : [undefined])
      it(
        `Z1-Z3: ${n} devices paired in a chain${seed === undefined ? '' : ` (seed ${seed})`}: everyone keeps 3 links, a joiner gets the meeting once, the busiest device leaving isolates no one`,
        async () => {
          const r = await zone(n, { idleMs, settleMs, seed, writtenIdleMs });
          print(r);
          // Z1: after the last pairing, nobody hangs by one link, even late arrivals (formMs is -1 when
          // the mesh never forms). How fast is a speed figure: `npm run bench` prints it with its budget,
          // since a wall-clock bound here fails whenever the two cores are busy with other test files.
          expect(r.formMs).toBeGreaterThanOrEqual(0);
          expect(r.minLinks).toBeGreaterThanOrEqual(3);
          expect(r.maxLinks).toBeLessThanOrEqual(6);
          expect(r.diameter).toBeLessThan(Infinity);
          // Z7: far links and trades bring the diameter to 3 (zone() waits up to 30 s). Asserted at
          // 16; at 32, 3 in seeds 1-6 on 7 Dec within 3.9-7.2 s, which the bench prints.
          if (n <= 16) expect(r.diameter).toBeLessThanOrEqual(3);
          expect(r.convergeMs).toBeGreaterThanOrEqual(0);
          // T28: every screen lists every device, none of them "sin respuesta" (all are alive), and
          // after the update every screen says "✓ Todos tienen todo". Before 7 Dec, devices three
          // hops or more away were "sin respuesta" everywhere (pings vouch one hop away only).
          expect(r.minListed).toBe(n - 1);
          expect(r.silentPairs).toBe(0);
          expect(r.statusAllMs).toBeGreaterThanOrEqual(0);
          expect(r.cardMs).toBeGreaterThanOrEqual(0);
          // Z3: a joiner pairing with one device receives the whole meeting about once, not once per link
          // (it has 3+ links: once per link would be 3 or more). The 1.5x budget is the bench's: on real
          // timers, with every test file sharing two cores, 64 devices measured 1.2-1.55.
          // One lost frame in that first copy costs a second one (anti-entropy's repair): 2.00 in one
          // run of six on 4 Dec, 1.07-1.08 in the others. Before T39 a new link's step 1 asked for the
          // whole meeting again while the first copy was on its way: 3.96 copies over four links (CI).
          expect(r.joinerCopies).toBeLessThanOrEqual(2.5);
          expect(r.joinerLinks).toBeGreaterThanOrEqual(3);
          // Z1: the departure of the device with the most links leaves everyone linked, in one mesh.
          expect(r.afterDepartureConnected).toBe(true);
          expect(r.afterDepartureMinLinks).toBeGreaterThanOrEqual(2);
          // T15: the device that left goes from every screen well before awareness's 30 s timeout
          // (3.0 s measured 7 Dec, REFUSED_RECHECK_MS). Its neighbours vouch for it to each other
          // until their next pings; DocSync looks again once those have come. Before 7 Dec only
          // RoomSession did, which this harness leaves out: every screen listed it for 20-28 s.
          expect(r.departedGoneMs).toBeGreaterThanOrEqual(0);
          expect(r.departedGoneMs).toBeLessThan(12_000);
        },
        Math.max(120_000, n * 4000) + (settleMs ?? 0) + idleMs + (writtenIdleMs ? writtenIdleMs + 60_000 : 0),
      );

  it('Z1, T29: with 1% of frames lost, 16 devices still form a mesh of 2+ links and converge', async () => {
    const r = await zone(16, { loss: 0.01, idleMs: 2000 });
    print(r);
    expect(r.minLinks).toBeGreaterThanOrEqual(2);
    expect(r.convergeMs).toBeGreaterThanOrEqual(0);
    // A joiner paired with one device finds its other links despite lost offers and answers, and
    // still receives the meeting about once (Z3; 1.08 copies measured 3 Dec): a lost frame costs
    // that one message again (T6), not a copy from every link.
    expect(r.joinerMs).toBeGreaterThanOrEqual(0);
    // One lost frame in that first copy costs a second one (anti-entropy's repair): 2.00 in one
    // run of six on 4 Dec, 1.07-1.08 in the others. Before T39 a new link's step 1 asked for the
    // whole meeting again while the first copy was on its way: 3.96 copies over four links (CI).
    expect(r.joinerCopies).toBeLessThanOrEqual(2.5);
    // Z1: the busiest device leaving under 1% loss leaves one mesh in which everyone has 3 links
    // again (zone() waits for that, at most 60 s, and reports what it found).
    expect(r.afterDepartureConnected).toBe(true);
    expect(r.afterDepartureMinLinks).toBeGreaterThanOrEqual(3);
  }, 180_000);
});
