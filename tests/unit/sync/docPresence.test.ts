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
      presenceToApply(again, local, () => false)!,
      'link',
    );
    expect(local.getStates().get(peer.clientID)).toEqual({ peer: 'B' });
  });
});
