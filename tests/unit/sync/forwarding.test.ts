// Forwarding only where needed (T31): the room's Wi-Fi carries one update about once per
// receiving device. Measured in bytes handed to the channels by every device.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { MemoryNet, seeded } from '../../helpers/memoryNet';
import { AE_AFTER_MS } from '../../../src/sync/docSync';
import { STAGGER_MS } from '../../../src/sync/forwarder';
import { bytesOut, cards, channelOf, link, meshDevice, MEETING, type MeshDevice } from '../../helpers/syncMesh';

async function fullMesh(n: number, seed: number) {
  const net = new MemoryNet(seeded(seed));
  const key = await deriveRoomKey(newRoomSecret(), MEETING);
  const devices = Array.from({ length: n }, (_, i) => meshDevice(String.fromCharCode(65 + i)));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) link(net, key, devices[i]!, devices[j]!);
  await vi.waitFor(
    async () => {
      await net.flush();
      for (const d of devices) for (const p of d.links.keys()) expect(d.neighbours.linkedTo(p).size).toBe(n - 2);
    },
    { timeout: 10_000, interval: 50 },
  );
  return { net, devices };
}

function write(d: MeshDevice, prefix: string, count: number): number {
  let size = 0;
  const measure = (u: Uint8Array) => (size += u.length);
  d.doc.on('update', measure);
  d.doc.transact(() => {
    for (let i = 0; i < count; i++)
      d.doc.getMap('cards').set(`${prefix}${i}`, `Tarjeta ${i} de ${d.name}: acuerdos del colectivo sobre la lectura en voz alta`);
  });
  d.doc.off('update', measure);
  return size;
}

/**
 * A writes; B, C and E are linked to A; D and F are two hops away, each linked to B, C and E (not
 * to each other, not to A): three candidate forwarders for each of them (T35).
 */
async function twoHops(seed: number) {
  const net = new MemoryNet(seeded(seed));
  const key = await deriveRoomKey(newRoomSecret(), MEETING);
  const devices = ['A', 'B', 'C', 'D', 'E', 'F'].map(meshDevice);
  const [a, b, c, d, e, f] = devices as [MeshDevice, MeshDevice, MeshDevice, MeshDevice, MeshDevice, MeshDevice];
  const middle = [b, c, e];
  for (const x of middle) for (const y of [a, d, f]) link(net, key, x, y);
  // Every device has three links: each neighbour's pings list its two others.
  await vi.waitFor(
    async () => {
      await net.flush();
      for (const x of devices) for (const p of x.links.keys()) expect(x.neighbours.linkedTo(p).size).toBe(2);
    },
    { timeout: 10_000, interval: 50 },
  );
  // The order every candidate computes: lowest peer id first.
  const ranked = [...middle].sort((x, y) => (x.peer < y.peer ? -1 : 1));
  return { net, devices, a, d, f, ranked };
}

describe('forwarding only where needed (T31)', () => {
  for (const n of [4, 6]) {
    it(`T31: with ${n} devices in a full mesh, one large update costs at most 1.5x one copy per receiver`, async () => {
      const { net, devices } = await fullMesh(n, 50 + n);
      const before = bytesOut(devices);
      const size = write(devices[1]!, 'b', 1500);
      expect(size).toBeGreaterThan(100 * 1024);
      await net.settle(() => devices.every((d) => d.doc.getMap('cards').size === 1500));
      await net.flush();
      for (const d of devices) expect(d.doc.getMap('cards').size).toBe(1500);
      const ratio = (bytesOut(devices) - before) / ((n - 1) * size);
      // Flooding sent (n-1)² copies (ratio n-1); pings and state vectors are a few bytes more.
      expect(ratio).toBeGreaterThanOrEqual(1);
      expect(ratio).toBeLessThanOrEqual(1.5);
      expect(devices.reduce((s, d) => s + d.sync.forwarder.notForwarded, 0)).toBeGreaterThanOrEqual((n - 1) * (n - 2));
    });
  }

  it('T33: a mesh formed one link at a time carries an update written the moment its last link opens once per receiver', async () => {
    // The classroom's order: three pairings with A, then the relay links the rest (T18). Pings
    // every minute: only the pings sent when links change can tell who hears whom. Before T33 a
    // neighbour learnt of a new link at its next periodic ping, and an update written right after
    // the mesh formed went to D and C a second time (2.0 copies per receiver in the classroom).
    const net = new MemoryNet(seeded(71));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const devices = ['A', 'B', 'C', 'D'].map(meshDevice);
    const [a, b, c, d] = devices as [MeshDevice, MeshDevice, MeshDevice, MeshDevice];
    const synced = (pairs: [MeshDevice, MeshDevice][]) => () =>
      pairs.every(([x, y]) => x.sync.isSynced(x.links.get(y.peer)!) && y.sync.isSynced(y.links.get(x.peer)!));
    const star: [MeshDevice, MeshDevice][] = [
      [a, b],
      [a, c],
      [a, d],
    ];
    for (const [x, y] of star) link(net, key, x, y, 60_000);
    await net.settle(synced(star));
    const relayed: [MeshDevice, MeshDevice][] = [
      [b, c],
      [b, d],
      [c, d],
    ];
    for (const [x, y] of relayed) link(net, key, x, y, 60_000);
    await net.settle(synced(relayed));
    const before = bytesOut(devices);
    const size = write(b, 'b', 1500);
    await net.settle(() => devices.every((x) => x.doc.getMap('cards').size === 1500));
    for (const x of devices) expect(x.doc.getMap('cards').size).toBe(1500);
    const ratio = (bytesOut(devices) - before) / (3 * size);
    expect(ratio).toBeGreaterThanOrEqual(1);
    expect(ratio).toBeLessThanOrEqual(1.1);
  });

  it('T33: a device receiving a large update on one link does not also pull it from a neighbour that has it', async () => {
    const net = new MemoryNet(seeded(72));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b, c] = ['A', 'B', 'C'].map(meshDevice) as [MeshDevice, MeshDevice, MeshDevice];
    link(net, key, a, b);
    link(net, key, a, c);
    const [bc, cb] = link(net, key, b, c);
    await vi.waitFor(
      async () => {
        await net.flush();
        for (const x of [a, b, c]) for (const p of x.links.keys()) expect(x.neighbours.linkedTo(p).size).toBe(1);
      },
      { timeout: 10_000, interval: 50 },
    );
    const size = write(b, 'b', 1500);
    // B's update reaches A whole; on its way to C it is slow: a frame arrives, the rest waits.
    while (!cb.receiving) if (!net.step()) await net.flush();
    net.held.add(channelOf.get(bc)!);
    const toC = a.links.get(c.peer)!;
    const before = toC.bytesOut;
    const heldAt = Date.now();
    await vi.waitFor(
      async () => {
        await net.flush();
        expect(cards(a).length).toBe(1500);
        // Long past the moment anti-entropy would repair a gap that is not on its way (T29).
        expect(Date.now() - heldAt).toBeGreaterThan(AE_AFTER_MS + 2500);
      },
      { timeout: 15_000, interval: 100 },
    );
    expect(cards(c).length).toBe(0);
    // C did not ask A for it, and A (told that C is receiving) did not push it either.
    expect(toC.bytesOut - before).toBeLessThan(size / 10);
    net.held.clear();
    await net.settle(() => cards(c).length === 1500);
    expect(cards(c).length).toBe(1500);
  }, 30_000);

  it('T31: two devices beyond a forwarder, linked to each other and to it, do not pass the update between them', async () => {
    // A-B, B-C, B-D, C-D: C and D are not linked to the author A, so the author rule does not
    // spare them; each hears that the other is linked to B, which sent it the update. Before this
    // rule C and D sent it to each other: 5 copies for 3 receivers.
    const net = new MemoryNet(seeded(71));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map(meshDevice) as [MeshDevice, MeshDevice, MeshDevice, MeshDevice];
    for (const [x, y] of [
      [a, b],
      [b, c],
      [b, d],
      [c, d],
    ] as const)
      link(net, key, x, y);
    await vi.waitFor(
      async () => {
        await net.flush();
        expect(c.neighbours.linkedTo(d.peer).has(b.peer)).toBe(true);
        expect(d.neighbours.linkedTo(c.peer).has(b.peer)).toBe(true);
        expect(c.neighbours.linkedTo(b.peer).has(d.peer)).toBe(true);
        expect(d.neighbours.linkedTo(b.peer).has(c.peer)).toBe(true);
      },
      { timeout: 10_000, interval: 50 },
    );
    const devices = [a, b, c, d];
    const before = bytesOut(devices);
    const size = write(a, 'a', 1500);
    await net.settle(() => devices.every((x) => x.doc.getMap('cards').size === 1500));
    await net.flush();
    const ratio = (bytesOut(devices) - before) / (3 * size);
    expect(ratio).toBeGreaterThanOrEqual(1);
    expect(ratio).toBeLessThanOrEqual(1.1);
  });

  it('T31, T14: in a line (A-B-C) the middle device still forwards, and edits from every side reach all', async () => {
    const net = new MemoryNet(seeded(61));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b, c] = ['A', 'B', 'C'].map(meshDevice) as [MeshDevice, MeshDevice, MeshDevice];
    link(net, key, a, b);
    link(net, key, b, c);
    await vi.waitFor(
      async () => {
        await net.flush();
        expect(b.neighbours.linkedTo(a.peer).size + b.neighbours.linkedTo(c.peer).size).toBe(0);
        expect(a.neighbours.linkedTo(b.peer).has(c.peer)).toBe(true);
      },
      { timeout: 10_000, interval: 50 },
    );
    a.doc.getMap('cards').set('a', 1);
    c.doc.getMap('cards').set('c', 1);
    await net.settle(() => [a, b, c].every((d) => cards(d).length === 2));
    for (const d of [a, b, c]) expect(cards(d)).toEqual(['a', 'c']);
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(c.doc));
  });

  it('T35: devices two hops from the author, linked to three neighbours that have it, get it about once', async () => {
    // Before T35 each of B, C and E passed the update to D and F: 9 copies for 5 receivers (1.8).
    const { net, devices, a, d, f } = await twoHops(81);
    const before = bytesOut(devices);
    const size = write(a, 'a', 1500);
    await net.settle(() => devices.every((x) => x.doc.getMap('cards').size === 1500));
    // The waiting candidates' turns come and go (they drop their copies) before counting.
    const turnsOver = Date.now() + 2 * STAGGER_MS + 500;
    await vi.waitFor(
      async () => {
        await net.flush();
        expect(Date.now()).toBeGreaterThan(turnsOver);
      },
      { timeout: 10_000, interval: 100 },
    );
    for (const x of [d, f]) expect(x.doc.getMap('cards').size).toBe(1500);
    const ratio = (bytesOut(devices) - before) / (5 * size);
    expect(ratio).toBeGreaterThanOrEqual(1);
    expect(ratio).toBeLessThanOrEqual(1.2);
    // Two waiting candidates for each of D and F saw it arrive and dropped their forward.
    expect(devices.reduce((s, x) => s + x.sync.forwarder.dropped, 0)).toBe(4);
  });

  for (const how of ['loses its copy', 'leaves'] as const)
    it(`T35: when the first candidate forwarder ${how}, the next one delivers, before any anti-entropy repair`, async () => {
      const { net, devices, a, d, f, ranked } = await twoHops(how === 'leaves' ? 82 : 83);
      const [first, second] = ranked as [MeshDevice, MeshDevice];
      const toD = channelOf.get(first.links.get(d.peer)!)!;
      const toF = channelOf.get(first.links.get(f.peer)!)!;
      if (how === 'leaves') net.held.add(toD).add(toF);
      else {
        let losing = true;
        net.lose = (_, from) => losing && (from === toD || from === toF);
        setTimeout(() => (losing = false), 3 * STAGGER_MS);
      }
      write(a, 'a', 1500);
      const rest = devices.filter((x) => x !== first);
      await vi.waitFor(
        async () => {
          await net.flush();
          expect(first.doc.getMap('cards').size).toBe(1500);
        },
        { timeout: 10_000, interval: 20 },
      );
      // It had the update and sent its copies, then left with them still on their way.
      if (how === 'leaves') for (const l of [...first.links.values()]) l.close();
      await vi.waitFor(
        async () => {
          await net.flush();
          for (const x of rest) expect(x.doc.getMap('cards').size).toBe(1500);
        },
        { timeout: 10_000, interval: 50 },
      );
      // The second in line sent its copies; anti-entropy (3 s) had nothing to repair.
      expect(second.sync.forwarder.sent).toBe(2);
      expect(devices.reduce((s, x) => s + x.sync.repairs, 0)).toBe(0);
      if (how === 'loses its copy') expect(net.lost).toBeGreaterThan(0);
    });
});
