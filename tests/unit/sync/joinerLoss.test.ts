// Repairs under loss cost one copy, not one per link (Z3, T29, T39): a joiner whose first copy of
// the meeting loses a frame, a device that lost a large update on all its links, and a device
// whose three links open at once each receive what they lack from one neighbour.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { DocSync } from '../../../src/sync/docSync';
import { newPeerId } from '../../../src/sync/envelope';
import type { Link } from '../../../src/sync/link';
import { TestLink } from '../../helpers/testLink';
import { MemoryNet, seeded } from '../../helpers/memoryNet';

const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';

function device() {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  return { peer: newPeerId(), doc, awareness, sync: new DocSync(MEETING, doc, awareness) };
}
type Device = ReturnType<typeof device>;

function linker(net: MemoryNet, key: Awaited<ReturnType<typeof deriveRoomKey>>) {
  return (a: Device, b: Device) => {
    const [ca, cb] = net.pair();
    const la = new TestLink(ca, { key, localPeer: a.peer, remotePeer: b.peer, compress: false });
    const lb = new TestLink(cb, { key, localPeer: b.peer, remotePeer: a.peer, compress: false });
    net.track(la, lb);
    a.sync.addLink(la);
    b.sync.addLink(lb);
    return { ca, cb, la, lb };
  };
}

function fill(d: Device, prefix: string): void {
  d.doc.transact(() => {
    for (let i = 0; i < 2000; i++) d.doc.getMap('cards').set(`${prefix}${i}`, `Acuerdo ${i} del colectivo sobre la lectura en voz alta`);
  });
}

/** Delivers frames for `ms` of real time (DocSync's timers run meanwhile), or until `done`. */
async function run(net: MemoryNet, ms: number, done: () => boolean = () => false): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end && !done()) await net.flush();
}

/** Three devices in a chain that all hold a 2000-card meeting, and a joiner with nothing yet. */
async function meetingAndJoiner(seed: number) {
  const net = new MemoryNet(seeded(seed));
  const connect = linker(net, await deriveRoomKey(newRoomSecret(), MEETING));
  const olds = [device(), device(), device()];
  fill(olds[0]!, 'card-');
  connect(olds[0]!, olds[1]!);
  connect(olds[1]!, olds[2]!);
  await net.settle(() => olds.every((o) => o.doc.getMap('cards').size === 2000));
  await net.flush();
  return { net, connect, olds, j: device(), size: Y.encodeStateAsUpdate(olds[0]!.doc).length };
}

describe('a joiner under loss (Z3, T29, T39)', () => {
  it('whose first copy loses a frame gets one repair, not a copy from each of its three neighbours', async () => {
    const { net, connect, olds, j, size } = await meetingAndJoiner(41);
    const toJ: Link[] = [];
    // The third large frame of the first neighbour's answer is lost. Its first frames reach J,
    // and J links to the other two meanwhile (as a joiner does once it hears of them).
    let big = 0;
    let ca: unknown = null;
    net.lose = (f, from) => from === ca && f.length > 10_000 && ++big === 3;
    const first = connect(olds[0]!, j);
    ca = first.ca;
    toJ.push(first.la);
    for (let i = 0; i < 5000 && !first.lb.receiving; i++) {
      net.step();
      await new Promise((ok) => setTimeout(ok, 0));
    }
    expect(first.lb.receiving).toBe(true);
    for (const o of olds.slice(1)) toJ.push(connect(o, j).la);
    const started = Date.now();
    await run(net, 20_000, () => j.doc.getMap('cards').size === 2000);
    // What comes after (held steps 1, repairs) has time to arrive too.
    await run(net, 4000);
    expect(big).toBeGreaterThanOrEqual(1);
    expect(j.doc.getMap('cards').size).toBe(2000);
    const copies = toJ.reduce((s, l) => s + l.docBytesOut, 0) / size;
    console.log(
      `joiner: ${copies.toFixed(2)} copies, per link ${toJ.map((l) => (l.docBytesOut / size).toFixed(2)).join(' ')}, ${Date.now() - started} ms`,
    );
    expect(copies).toBeLessThan(2.3);
  }, 40_000);

  it('T29: a device that lost a large update on all three of its links asks one neighbour for it, not each', async () => {
    const net = new MemoryNet(seeded(43));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b, c, j] = [device(), device(), device(), device()];
    const connect = linker(net, key);
    connect(a, b);
    connect(b, c);
    connect(a, c);
    const toJ = [a, b, c].map((o) => connect(o, j));
    await net.settle(() => toJ.every((l) => j.sync.isSynced(l.lb) && l.la.state === 'open'));
    await net.flush();
    // Every large frame toward J is lost while A writes; the small state vectors get through.
    const towardJ = new Set<unknown>(toJ.map((l) => l.ca));
    net.lose = (f, from) => towardJ.has(from) && f.length > 10_000;
    fill(a, 'grande-');
    await net.flush();
    net.lose = null;
    const before = toJ.map((l) => l.la.docBytesOut);
    const size = Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(j.doc)).length;
    expect(j.doc.getMap('cards').size).toBe(0);
    const started = Date.now();
    await run(net, 20_000, () => j.doc.getMap('cards').size === 2000);
    const tookMs = Date.now() - started;
    await run(net, 4000);
    expect(j.doc.getMap('cards').size).toBe(2000);
    const repaired = toJ.map((l, i) => (l.la.docBytesOut - before[i]!) / size);
    console.log(`repair: ${repaired.map((x) => x.toFixed(2)).join(' ')} copies per link, in ${tookMs} ms`);
    // One neighbour answers J's ask: one copy in all. Before, J asked all three in the same tick
    // and each of them pushed too: six copies (3 Dec harness, 7 Dec CI: a joiner's 3.02).
    expect(repaired.reduce((x, y) => x + y, 0)).toBeLessThan(1.5);
  }, 40_000);

  it('T39: a joiner linking to three devices at once (a tab reopened, rejoining) asks one of them for the meeting', async () => {
    const { net, connect, olds, j, size } = await meetingAndJoiner(47);
    // All three hellos go out before any answer: J's steps 1 leave before its links are open.
    const toJ = olds.map((o) => connect(o, j).la);
    await run(net, 20_000, () => j.doc.getMap('cards').size === 2000);
    await run(net, 3000);
    expect(j.doc.getMap('cards').size).toBe(2000);
    const copies = toJ.map((l) => l.docBytesOut / size);
    console.log(`rejoin: ${copies.map((x) => x.toFixed(2)).join(' ')} copies per link`);
    // Before, a link whose step 1 had gone out but which was not open yet held no one: 3.00.
    expect(copies.reduce((x, y) => x + y, 0)).toBeLessThan(1.3);
  }, 40_000);
});
