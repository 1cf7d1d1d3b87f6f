// What of a neighbour's presence update a device takes (sync/docPresence.ts, T15, issue 17): not a
// removal at the peer's own clock while the peer is still heard; always the peer's own goodbye;
// and a presence removed here that comes back at the same clock.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { presenceToApply } from '../../../src/sync/docPresence';

/** Two devices' awareness: `local` holds `peer`'s presence, as heard from it. */
function pairOfAwareness() {
  const peer = new Awareness(new Y.Doc());
  peer.setLocalState({ peer: 'B' });
  const local = new Awareness(new Y.Doc());
  applyAwarenessUpdate(local, encodeAwarenessUpdate(peer, [peer.clientID]), 'link');
  return { peer, local };
}

/** The removal a third device sends when its own link to `peer` closes: null at the same clock. */
function removalFromAnother(peer: Awareness): Uint8Array {
  const other = new Awareness(new Y.Doc());
  applyAwarenessUpdate(other, encodeAwarenessUpdate(peer, [peer.clientID]), 'link');
  removeAwarenessStates(other, [peer.clientID], 'link-closed');
  return encodeAwarenessUpdate(other, [peer.clientID]);
}

describe('presenceToApply', () => {
  it('turns down a removal at the same clock while the peer is still heard', () => {
    const { peer, local } = pairOfAwareness();
    expect(presenceToApply(removalFromAnother(peer), local, () => true)).toBeNull();
    const body = removalFromAnother(peer);
    const taken = presenceToApply(body, local, () => false);
    expect(taken).toBe(body);
    applyAwarenessUpdate(local, taken!, 'link');
    expect(local.getStates().has(peer.clientID)).toBe(false);
  });

  it("always takes the peer's own goodbye (a newer clock)", () => {
    const { peer, local } = pairOfAwareness();
    peer.setLocalState(null);
    const goodbye = encodeAwarenessUpdate(peer, [peer.clientID]);
    const taken = presenceToApply(goodbye, local, () => true);
    expect(taken).toBe(goodbye);
    applyAwarenessUpdate(local, taken!, 'link');
    expect(local.getStates().has(peer.clientID)).toBe(false);
  });

  it('keeps the rest of an update whose removal it turns down', () => {
    const { peer, local } = pairOfAwareness();
    const other = new Awareness(new Y.Doc());
    other.setLocalState({ peer: 'C' });
    applyAwarenessUpdate(other, encodeAwarenessUpdate(peer, [peer.clientID]), 'link');
    removeAwarenessStates(other, [peer.clientID], 'link-closed');
    const both = encodeAwarenessUpdate(other, [peer.clientID, other.clientID]);
    applyAwarenessUpdate(
      local,
      presenceToApply(both, local, () => true)!,
      'link',
    );
    expect(local.getStates().has(peer.clientID)).toBe(true);
    expect(local.getStates().get(other.clientID)).toEqual({ peer: 'C' });
  });

  it('takes back a presence removed here when it comes again at the same clock', () => {
    const { peer, local } = pairOfAwareness();
    removeAwarenessStates(local, [peer.clientID], 'link-closed');
    const again = encodeAwarenessUpdate(peer, [peer.clientID]);
    // Without forgetting the clock, awareness ignores it (the peer stayed off until its renewal).
    const plain = new Awareness(new Y.Doc());
    applyAwarenessUpdate(plain, again, 'link');
    removeAwarenessStates(plain, [peer.clientID], 'link-closed');
    applyAwarenessUpdate(plain, again, 'link');
    expect(plain.getStates().has(peer.clientID)).toBe(false);
    applyAwarenessUpdate(
      local,
      presenceToApply(again, local, (state) => (state as { peer?: string }).peer === 'B')!,
      'link',
    );
    expect(local.getStates().get(peer.clientID)).toEqual({ peer: 'B' });
  });

  it('does not take back, at the same clock, a presence removed here of a peer it does not hear', () => {
    // Otherwise a removal and the presence it removed chase each other round a cycle of devices
    // for ever: each takes the removal, passes it on, takes the presence back, passes it on.
    const { peer, local } = pairOfAwareness();
    removeAwarenessStates(local, [peer.clientID], 'link-closed');
    const again = encodeAwarenessUpdate(peer, [peer.clientID]);
    const taken = presenceToApply(again, local, () => false);
    if (taken) applyAwarenessUpdate(local, taken, 'link');
    expect(local.getStates().has(peer.clientID)).toBe(false);
    // Its next renewal (a newer clock) brings it back.
    peer.setLocalState({ peer: 'B' });
    applyAwarenessUpdate(
      local,
      presenceToApply(encodeAwarenessUpdate(peer, [peer.clientID]), local, () => false)!,
      'link',
    );
    expect(local.getStates().get(peer.clientID)).toEqual({ peer: 'B' });
  });

  it('a same-clock removal and presence do not circle a ring of devices that do not hear the peer', () => {
    // Four devices in a ring, none linked to the peer: one holds the removal, the others the
    // presence, and each passes on what it takes to its two neighbours.
    const { peer } = pairOfAwareness();
    const ring = [0, 1, 2, 3].map(() => {
      const a = new Awareness(new Y.Doc());
      applyAwarenessUpdate(a, encodeAwarenessUpdate(peer, [peer.clientID]), 'link');
      return a;
    });
    removeAwarenessStates(ring[0]!, [peer.clientID], 'link-closed');
    const queue: { to: number; body: Uint8Array }[] = [];
    const send = (from: number, body: Uint8Array) => {
      queue.push({ to: (from + 1) % 4, body }, { to: (from + 3) % 4, body });
    };
    send(0, encodeAwarenessUpdate(ring[0]!, [peer.clientID]));
    send(2, encodeAwarenessUpdate(ring[2]!, [peer.clientID]));
    let delivered = 0;
    while (queue.length && delivered < 1000) {
      const { to, body } = queue.shift()!;
      delivered += 1;
      const a = ring[to]!;
      const taken = presenceToApply(body, a, () => false);
      if (!taken) continue;
      let changed = false;
      const onUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
        changed = added.length + updated.length + removed.length > 0;
      };
      a.on('update', onUpdate);
      applyAwarenessUpdate(a, taken, 'link');
      a.off('update', onUpdate);
      if (changed) send(to, encodeAwarenessUpdate(a, [peer.clientID]));
    }
    expect(delivered).toBeLessThan(20);
    for (const a of ring) a.destroy();
  });
});
