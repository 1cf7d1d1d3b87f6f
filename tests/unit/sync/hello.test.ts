// The hello race (T8): sealing is asynchronous, so one side's hello can open at the peer before
// that peer's own hello is sealed. A slow phone is exactly that delay. Whichever side seals
// slowly, no document message may leave before its own hello, and both devices end up whole.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { DocSync } from '../../../src/sync/docSync';
import { newPeerId } from '../../../src/sync/envelope';
import { DOC_SYNC } from '../../../src/sync/link';
import { TestLink } from '../../helpers/testLink';
import { MemoryNet, seeded } from '../../helpers/memoryNet';

const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';

/** Delays the n-th call (1-based) of crypto.subtle.encrypt by `ms`: that side seals its hello late. */
function slowSeal(nth: number, ms: number): void {
  const real = crypto.subtle.encrypt.bind(crypto.subtle);
  let calls = 0;
  vi.spyOn(crypto.subtle, 'encrypt').mockImplementation(async (...args: Parameters<SubtleCrypto['encrypt']>) => {
    calls += 1;
    if (calls === nth) await new Promise((ok) => setTimeout(ok, ms));
    return real(...args);
  });
}

afterEach(() => vi.restoreAllMocks());

describe('step 1 right after our hello (T8)', () => {
  it("T8: sync step 1 follows our hello without waiting for the peer's; presence and content wait for it", async () => {
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const net = new MemoryNet(seeded(33));
    const make = (card: string) => {
      const doc = new Y.Doc();
      doc.getMap('cards').set(card, `tarjeta ${card}`);
      const awareness = new Awareness(doc);
      awareness.setLocalState({ school: `Escuela ${card}` });
      return { peer: newPeerId(), doc, sync: new DocSync(MEETING, doc, awareness) };
    };
    const a = make('de-A');
    const b = make('de-B');
    const [ca, cb] = net.pair();
    // B seals its hello late: A's hello is out long before B's reaches A.
    slowSeal(2, 150);
    const la = new TestLink(ca, { key, localPeer: a.peer, remotePeer: b.peer });
    const lb = new TestLink(cb, { key, localPeer: b.peer, remotePeer: a.peer });
    net.track(la, lb);
    const early: [number, number][] = [];
    const send = la.sendDoc.bind(la);
    vi.spyOn(la, 'sendDoc').mockImplementation((docId, sub, body, beforeOpen) => {
      if (la.state !== 'open') early.push([sub, body[0]!]);
      send(docId, sub, body, beforeOpen);
    });
    a.sync.addLink(la);
    b.sync.addLink(lb);
    await vi.waitFor(() => expect(la.helloQueued).toBe(true));
    expect(la.state).toBe('authenticating');
    // Only A's state vector (DOC_SYNC, step 1) went before B's hello opened, and it was not refused.
    expect(early).toEqual([[DOC_SYNC, 0]]);
    expect(la.counts.unsent).toBe(0);
    const done = () => a.doc.getMap('cards').size === 2 && b.doc.getMap('cards').size === 2;
    for (let i = 0; i < 600 && !done(); i++) if (!net.step()) await new Promise((ok) => setTimeout(ok, 5));
    await net.flush();
    expect(early).toEqual([[DOC_SYNC, 0]]);
    expect(done()).toBe(true);
    expect(la.counts.unauthenticated + lb.counts.unauthenticated).toBe(0);
    expect(a.sync.isSynced(la) && b.sync.isSynced(lb)).toBe(true);
    la.close();
  });
});

describe('hello race (T8)', () => {
  for (const slow of ['A', 'B'] as const) {
    it(`T8: ${slow} seals its hello 150 ms late and both devices still get everything`, async () => {
      const key = await deriveRoomKey(newRoomSecret(), MEETING);
      const net = new MemoryNet(seeded(slow === 'A' ? 31 : 32));
      const make = (card: string) => {
        const doc = new Y.Doc();
        doc.getMap('cards').set(card, `tarjeta ${card}`);
        return { peer: newPeerId(), doc, sync: new DocSync(MEETING, doc, new Awareness(doc)) };
      };
      const a = make('de-A');
      const b = make('de-B');
      const [ca, cb] = net.pair();
      // A's Link is built first, so its hello is the first encrypt call.
      slowSeal(slow === 'A' ? 1 : 2, 150);
      const la = new TestLink(ca, { key, localPeer: a.peer, remotePeer: b.peer });
      const lb = new TestLink(cb, { key, localPeer: b.peer, remotePeer: a.peer });
      net.track(la, lb);
      a.sync.addLink(la);
      b.sync.addLink(lb);
      // Deliver as frames come (not waiting for the hellos like net.flush does, which hides the race).
      const done = () => a.doc.getMap('cards').size === 2 && b.doc.getMap('cards').size === 2;
      for (let i = 0; i < 600 && !done(); i++) if (!net.step()) await new Promise((ok) => setTimeout(ok, 5));
      await net.flush();
      expect(Object.keys(a.doc.getMap('cards').toJSON()).sort()).toEqual(['de-A', 'de-B']);
      expect(Object.keys(b.doc.getMap('cards').toJSON()).sort()).toEqual(['de-A', 'de-B']);
      // Nothing was sent before a hello: no frame was dropped as unauthenticated on either side.
      expect(la.counts.unauthenticated + lb.counts.unauthenticated).toBe(0);
      expect(a.sync.isSynced(la) && b.sync.isSynced(lb)).toBe(true);
      la.close();
    });
  }
});
