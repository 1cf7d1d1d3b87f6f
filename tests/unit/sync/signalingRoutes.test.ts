// Envelopes for one peer travel back the way that peer's envelopes came (T18), instead of being
// flooded to the whole mesh: in a room of 32 the offers and answers of pairings made most of the
// signaling bytes (issue 17). A hub linked to A, B, C and X relays them.
import { describe, expect, it } from 'vitest';
import { deriveRoomKey, newRoomSecret, type RoomKey } from '../../../src/sync/crypto';
import { makeEnvelope, newPeerId, openEnvelope, sealEnvelope, type Envelope, type PeerId } from '../../../src/sync/envelope';
import type { Link } from '../../../src/sync/link';
import { emptyRoomCounts } from '../../../src/sync/roomCounts';
import { Signaling } from '../../../src/sync/roomSignaling';

const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';

interface FakeLink {
  remotePeer: PeerId;
  state: 'open' | 'closed';
  sent: Uint8Array[];
  sendSignal(sealed: Uint8Array): void;
}

function fakeLink(peer: PeerId): FakeLink {
  return {
    remotePeer: peer,
    state: 'open',
    sent: [],
    sendSignal(sealed) {
      this.sent.push(sealed);
    },
  };
}

async function hub() {
  const key: RoomKey = await deriveRoomKey(newRoomSecret(), MEETING);
  const peers = { a: newPeerId(), b: newPeerId(), c: newPeerId(), x: newPeerId() };
  const links = new Map<PeerId, FakeLink>(Object.values(peers).map((p) => [p, fakeLink(p)]));
  const signaling = new Signaling({
    peerId: newPeerId(),
    links: links as unknown as Map<PeerId, Link>,
    counts: emptyRoomCounts(),
    key,
    now: () => Date.now(),
    connect: () => {
      throw new Error('the hub is linked to everyone: it never connects');
    },
    adopt: async () => false,
    linkCount: () => links.size,
    full: () => false,
    local: () => false,
    declined: () => undefined,
    redundant: () => null,
    trade: () => null,
    destroyed: () => false,
    changed: () => undefined,
  });
  const from = (peer: PeerId) => ({ kind: 'link', link: links.get(peer) as unknown as Link }) as const;
  const receive = async (env: Envelope, peer: PeerId) => signaling.receive(await sealEnvelope(key, env), from(peer));
  /** The envelopes each link was given, opened. */
  const given = async (peer: PeerId) => Promise.all(links.get(peer)!.sent.map((s) => openEnvelope(key, s)));
  const clear = () => links.forEach((l) => (l.sent.length = 0));
  return { peers, links, receive, given, clear };
}

describe('addressed envelopes follow the way back (T18)', () => {
  it('an offer for X goes only on the link X was heard on, an announce still to everyone', async () => {
    const { peers, receive, given, clear } = await hub();
    await receive(makeEnvelope({ kind: 'announce', from: peers.x, n: 1, full: false }), peers.x);
    // X's announce reaches everyone else: that is how they learn of it.
    for (const p of [peers.a, peers.b, peers.c]) expect((await given(p)).map((e) => e?.kind)).toEqual(['announce']);
    clear();
    await receive(makeEnvelope({ kind: 'offer', from: peers.a, to: peers.x, sdp: 'v=0', n: 2, full: false }), peers.a);
    expect((await given(peers.x)).map((e) => e?.kind)).toEqual(['offer']);
    expect(await given(peers.b)).toEqual([]);
    expect(await given(peers.c)).toEqual([]);
    // The answer goes back to A the way A's offer came.
    clear();
    await receive(makeEnvelope({ kind: 'answer', from: peers.x, to: peers.a, sdp: 'v=0' }), peers.x);
    expect((await given(peers.a)).map((e) => e?.kind)).toEqual(['answer']);
    expect([...(await given(peers.b)), ...(await given(peers.c))]).toEqual([]);
  });

  it('when the way back has closed, the envelope floods as before', async () => {
    const { peers, links, receive, given, clear } = await hub();
    await receive(makeEnvelope({ kind: 'announce', from: peers.x, n: 1, full: false }), peers.x);
    clear();
    links.get(peers.x)!.state = 'closed';
    await receive(makeEnvelope({ kind: 'offer', from: peers.a, to: peers.x, sdp: 'v=0', n: 2, full: false }), peers.a);
    expect((await given(peers.b)).map((e) => e?.kind)).toEqual(['offer']);
    expect((await given(peers.c)).map((e) => e?.kind)).toEqual(['offer']);
    expect(await given(peers.a)).toEqual([]);
  });
});
