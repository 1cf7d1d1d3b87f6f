// A removal of a live peer, turned down by the devices that hear it, still reaches the peer, and
// its renewal brings it back on the screens that took the removal (T15, issue 17). Before, the
// removal stopped at the devices two hops from the peer, and the far ones lacked it until its
// renewal 15 s later (7 Dec: a joiner missing from 20 of 31 screens at 32 devices).
import { describe, expect, it } from 'vitest';
import { removeAwarenessStates } from 'y-protocols/awareness';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { REFUSED_RECHECK_MS } from '../../../src/sync/docSync';
import { MemoryNet, seeded } from '../../helpers/memoryNet';
import { flushUntil, link, meshDevice, MEETING, type MeshDevice } from '../../helpers/syncMesh';

describe('a removal turned down reaches the peer (T15)', () => {
  it('a device three hops from a peer that took its removal has it back within seconds', async () => {
    const net = new MemoryNet(seeded(73));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((n) => meshDevice(n)) as [MeshDevice, MeshDevice, MeshDevice, MeshDevice];
    link(net, key, a, b);
    link(net, key, b, c);
    link(net, key, c, d);
    const wait = (check: () => void, timeout: number) => flushUntil(net, check, timeout);
    // Everyone lists everyone, and B hears that C hears D (C's pings).
    await wait(() => {
      for (const x of [a, b, c, d]) expect(x.awareness.getStates().size).toBe(4);
      expect(b.neighbours.vouched(d.peer)).toBe(true);
    }, 10_000);
    const clock = d.awareness.meta.get(d.doc.clientID)!.clock;
    // A takes a removal of D at D's own clock (as when a link it heard D through closes) and
    // passes it on: B and C hear D, turn it down, and D hears of it.
    removeAwarenessStates(a.awareness, [d.doc.clientID], 'link-closed');
    expect(a.awareness.getStates().has(d.doc.clientID)).toBe(false);
    await wait(() => {
      expect(a.awareness.getStates().has(d.doc.clientID)).toBe(true);
      expect(a.awareness.meta.get(d.doc.clientID)!.clock).toBeGreaterThan(clock);
    }, 3000);
    for (const x of [b, c]) expect(x.awareness.getStates().has(d.doc.clientID)).toBe(true);
    // B and C look at the removal they turned down once more (REFUSED_RECHECK_MS): D renewed, and
    // C hears it, so D stays on every screen.
    await new Promise((ok) => setTimeout(ok, REFUSED_RECHECK_MS + 500));
    await net.flush();
    for (const x of [a, b, c]) expect(x.awareness.getStates().has(d.doc.clientID)).toBe(true);
    for (const x of [a, b, c, d]) x.sync.destroy();
  }, 20_000);
});
