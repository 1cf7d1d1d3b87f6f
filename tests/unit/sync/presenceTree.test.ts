// Renewals of presence go along the room's map (T41, issue 17): where two neighbours of a device
// both heard a renewal and neither hears the other's links to it, only its parent by the map
// passes it on; a changed presence still goes by every way. A renewal lost on the tree is
// repaired: a device whose copy of a presence was not renewed in time asks a neighbour.
import { describe, expect, it } from 'vitest';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { DOC_AWARENESS } from '../../../src/sync/linkKinds';
import { STALE_MS } from '../../../src/sync/presenceTree';
import { MemoryNet, seeded } from '../../helpers/memoryNet';
import { channelOf, flushUntil, isPresenceFrame, link, meshDevice, MEETING, type MeshDevice } from '../../helpers/syncMesh';

/** Counts the presence messages each device's links bring it. */
function countPresence(d: MeshDevice): { n: number } {
  const c = { n: 0 };
  for (const l of d.links.values()) l.on('doc', (_doc: string, sub: number) => sub === DOC_AWARENESS && (c.n += 1));
  return c;
}

/** A square: A linked to B and C, both linked to D, B and C not to each other, A not to D. */
async function square() {
  const net = new MemoryNet(seeded(75));
  const key = await deriveRoomKey(newRoomSecret(), MEETING);
  const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((n) => meshDevice(n)) as [MeshDevice, MeshDevice, MeshDevice, MeshDevice];
  const ab = link(net, key, a, b);
  const ac = link(net, key, a, c);
  const bd = link(net, key, b, d);
  const cd = link(net, key, c, d);
  const all = [a, b, c, d];
  // Every presence lists its device's two links (T40: the map), and every device has them all.
  await flushUntil(
    net,
    () => {
      for (const x of all) {
        expect(x.awareness.getStates().size).toBe(4);
        for (const s of x.awareness.getStates().values()) expect((s as { links?: unknown[] }).links).toHaveLength(2);
      }
      // B and C know, from D's pings, who D is linked to (the receiver's side of the rule).
      expect(b.neighbours.linkedTo(d.peer).has(c.peer)).toBe(true);
      expect(c.neighbours.linkedTo(d.peer).has(b.peer)).toBe(true);
    },
    15_000,
  );
  // D's parent for A's presence: of B and C (both one hop from A), the lowest peer id.
  const parent = b.peer < c.peer ? b : c;
  const parentToD = parent === b ? bd[0] : cd[0];
  return { net, a, b, c, d, all, parentToD, links: [ab, ac, bd, cd] };
}

const renew = (x: MeshDevice) => x.awareness.setLocalState(x.awareness.getLocalState());
const clockAt = (x: MeshDevice, of: MeshDevice) => x.awareness.meta.get(of.doc.clientID)?.clock;

describe('presence renewals along the map (T41)', () => {
  it('a renewal reaches the far corner once, from its parent by the map; a change still comes both ways', async () => {
    const { net, a, d, all } = await square();
    const atD = countPresence(d);
    const clock = clockAt(d, a)!;
    renew(a);
    await flushUntil(net, () => expect(clockAt(d, a)).toBe(clock + 1));
    await net.flush();
    // Flooded (T15 with T31's skip: B and C do not hear D's link to the other), it came twice.
    expect(atD.n).toBe(1);
    a.awareness.setLocalStateField('user', { school: 'Escuela A', person: 'Ana' });
    await flushUntil(net, () => expect(clockAt(d, a)).toBe(clock + 2));
    await net.flush();
    expect(atD.n).toBe(3);
    for (const x of all) x.sync.destroy();
  }, 30_000);

  it('a renewal lost on the tree: the device asks a neighbour once the presence is stale, and has it again', async () => {
    const { net, a, d, all, parentToD } = await square();
    const clock = clockAt(d, a)!;
    // The parent's copy to D is lost (its link dropping it, maps differing for a moment).
    net.lose = (f, from) => from === channelOf.get(parentToD) && isPresenceFrame(f);
    renew(a);
    await flushUntil(net, () => {
      for (const x of all) if (x !== d) expect(clockAt(x, a)).toBe(clock + 1);
    });
    await net.flush();
    expect(clockAt(d, a)).toBe(clock);
    expect(d.sync.presenceQueries).toBe(0);
    net.lose = null;
    // As if STALE_MS passed without a renewal (awareness drops the presence at 30 s).
    d.awareness.meta.get(a.doc.clientID)!.lastUpdated -= STALE_MS;
    await flushUntil(net, () => expect(clockAt(d, a)).toBe(clock + 1));
    expect(d.sync.presenceQueries).toBe(1);
    expect(d.awareness.getStates().has(a.doc.clientID)).toBe(true);
    for (const x of all) x.sync.destroy();
  }, 30_000);
});
