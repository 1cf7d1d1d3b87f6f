// A link that closes takes away the presence of its own peer (if no neighbour still hears it),
// not that of devices farther away heard through it: in a mesh they reach us another way (T15,
// issue 17). Before, a device three hops away or more, heard through the link that closed, was
// removed and the removal travelled to every device that did not hear it; the zone test at 16
// devices saw a live device missing from 3 to 7 screens until its renewal (1 run in 8, 7 Dec).
import { describe, expect, it } from 'vitest';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { MemoryNet, seeded } from '../../helpers/memoryNet';
import { flushUntil, link, meshDevice, MEETING, type MeshDevice } from '../../helpers/syncMesh';

type Five = [MeshDevice, MeshDevice, MeshDevice, MeshDevice, MeshDevice];

describe('presence when a link closes (T15)', () => {
  it('a far device heard through a closed link stays on every screen, and a peer that left goes from all', async () => {
    const net = new MemoryNet(seeded(75));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b, e, c, f] = ['A', 'B', 'E', 'C', 'F'].map((n) => meshDevice(n)) as Five;
    const wait = (check: () => void) => flushUntil(net, check);
    // A, B and E linked in a triangle; everyone knows who the others hear (pings).
    const [ab] = link(net, key, a, b);
    link(net, key, b, e);
    link(net, key, a, e);
    await wait(() => expect(e.neighbours.linkedTo(b.peer).has(a.peer)).toBe(true));
    // C joins through B only. E gets C from B and does not pass it to A, whom B hears (T31's
    // rule): A hears C through its link to B alone, though E would reach C too.
    link(net, key, b, c);
    await wait(() => {
      for (const x of [a, b, e, c]) expect(x.awareness.getStates().size).toBe(4);
    });
    const lost: string[] = [];
    for (const x of [a, e])
      x.awareness.on('update', ({ removed }: { removed: number[] }) => {
        if (removed.includes(c.doc.clientID)) lost.push(x.name);
      });
    const clock = c.awareness.meta.get(c.doc.clientID)!.clock;
    // A gives up its link to B (as a Z2 trim does); A still reaches C through E and B.
    ab.close();
    await net.flush();
    await net.flush();
    expect(lost).toEqual([]);
    for (const x of [a, e]) expect(x.awareness.meta.get(c.doc.clientID)!.clock).toBe(clock);
    expect(a.awareness.getStates().has(c.doc.clientID)).toBe(true);
    expect(b.awareness.getStates().has(a.doc.clientID)).toBe(true);

    // F hangs on A only. When F's link closes and no neighbour of A hears F, F goes from A at once.
    const [af] = link(net, key, a, f);
    await wait(() => {
      for (const x of [a, b, e, c]) expect(x.awareness.getStates().has(f.doc.clientID)).toBe(true);
    });
    af.close();
    await net.flush();
    expect(a.awareness.getStates().has(f.doc.clientID)).toBe(false);
    // B and E turn A's removal down at first (A's last pings said it heard F); once A's pings say
    // otherwise they take it after all and pass it on, so C, two hops from A, loses F too. Before,
    // the removal stopped at B and E, and F stayed on C as present until awareness's 30 s timeout.
    await wait(() => {
      for (const x of [b, e, c]) expect(x.awareness.getStates().has(f.doc.clientID)).toBe(false);
    });
    for (const x of [a, b, e, c, f]) x.sync.destroy();
  }, 30_000);
});
