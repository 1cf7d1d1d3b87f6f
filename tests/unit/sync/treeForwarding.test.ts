// T40: forwarding by the room's map. A receiver two hops from the author is linked to D (one hop
// from it) and X (two hops, a lower peer id, which had the update from another sender). T35's
// ranks are only among the neighbours of one sender: D forwards at once (it had the update from
// its author), and so does X (no lower id among the receiver's neighbours): two copies.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { STAGGER_MS } from '../../../src/sync/forwarder';
import { MemoryNet, seeded } from '../../helpers/memoryNet';
import { flushUntil, link, meshDevice, type MeshDevice } from '../../helpers/syncMesh';

describe('forwarding by the room map (T40)', () => {
  it('a receiver linked to forwarders of different senders gets a large update once, from the nearest', async () => {
    const net = new MemoryNet(seeded(91));
    const key = await deriveRoomKey(newRoomSecret(), '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41');
    const [a, y, r] = ['A', 'Y', 'R'].map(meshDevice) as [MeshDevice, MeshDevice, MeshDevice];
    // X has the lower peer id of the two: T35 gives it no reason to wait.
    const [x, d] = [meshDevice('1'), meshDevice('2')].sort((p, q) => (p.peer < q.peer ? -1 : 1)) as [MeshDevice, MeshDevice];
    // A writes. A-D, A-Y, Y-X; D-R, X-R.
    const toR = [link(net, key, d, r)[0], link(net, key, x, r)[0]];
    for (const [p, q] of [
      [a, d],
      [a, y],
      [y, x],
    ] as const)
      link(net, key, p, q);
    const all = [a, y, x, d, r];
    // Every presence lists its links (a second after they open), and every device has them all.
    await flushUntil(net, () => {
      for (const x of all) {
        const listed = [...x.awareness.getStates().values()].filter((s) => Array.isArray((s as { links?: unknown }).links));
        expect(listed.length).toBe(5);
      }
      expect(x.sync.map.hopsFrom(a.peer).get(r.peer)).toBe(2);
    });
    const before = toR.map((l) => l.docBytesOut);
    a.doc.transact(() => {
      for (let i = 0; i < 1500; i++)
        a.doc.getMap('cards').set(`a${i}`, `Tarjeta ${i}: acuerdos del colectivo sobre la lectura en voz alta`);
    });
    const size = Y.encodeStateAsUpdate(a.doc).length;
    await flushUntil(net, () => expect(r.doc.getMap('cards').size).toBe(1500));
    // The one standing by has had its turn (and dropped its copy) before counting.
    const over = Date.now() + 2 * STAGGER_MS + 500;
    await flushUntil(net, () => expect(Date.now()).toBeGreaterThan(over));
    const copies = toR.reduce((s, l, i) => s + l.docBytesOut - before[i]!, 0) / size;
    expect(copies).toBeGreaterThan(0.9);
    // Without the map: 2.00.
    expect(copies).toBeLessThan(1.3);
    expect(toR[0]!.docBytesOut - before[0]!).toBeGreaterThan(size * 0.9);
  });
});
