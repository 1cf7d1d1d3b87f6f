// Presence is passed on only to neighbours the sender does not hear directly (T15 with T31's
// rule, issue 17): a renewal reaches each device about once, not once per link, and still reaches
// a device that only a neighbour links to.
import { describe, expect, it } from 'vitest';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { DOC_AWARENESS } from '../../../src/sync/linkKinds';
import { MemoryNet, seeded } from '../../helpers/memoryNet';
import { flushUntil, link, meshDevice, MEETING, type MeshDevice } from '../../helpers/syncMesh';

/** Counts the presence messages each device's links bring it. */
function countPresence(d: MeshDevice): { n: number } {
  const c = { n: 0 };
  for (const l of d.links.values()) l.on('doc', (_doc: string, sub: number) => sub === DOC_AWARENESS && (c.n += 1));
  return c;
}

describe('presence forwarding (T15, T31)', () => {
  it('a renewal reaches every device once in a triangle, and past it along a chain', async () => {
    const net = new MemoryNet(seeded(74));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((n) => meshDevice(n)) as [MeshDevice, MeshDevice, MeshDevice, MeshDevice];
    // A, B and C all linked; D hangs on C only.
    link(net, key, a, b);
    link(net, key, b, c);
    link(net, key, a, c);
    link(net, key, c, d);
    const wait = (check: () => void) => flushUntil(net, check);
    await wait(() => {
      for (const x of [a, b, c, d]) expect(x.awareness.getStates().size).toBe(4);
      expect(b.neighbours.linkedTo(a.peer).has(c.peer)).toBe(true);
      expect(c.neighbours.linkedTo(a.peer).has(b.peer)).toBe(true);
    });
    const [atB, atC, atD] = [countPresence(b), countPresence(c), countPresence(d)];
    const clock = a.awareness.meta.get(a.doc.clientID)!.clock;
    a.awareness.setLocalState(a.awareness.getLocalState());
    await wait(() => {
      for (const x of [b, c, d]) expect(x.awareness.meta.get(a.doc.clientID)!.clock).toBe(clock + 1);
    });
    await net.flush();
    // Flooded, B and C each passed it to the other: two copies each.
    expect([atB.n, atC.n, atD.n]).toEqual([1, 1, 1]);
    for (const x of [a, b, c, d]) x.sync.destroy();
  });
});
