// Envelopes reaching a room: only sealed with the room key, each once, within the clock window
// (T9-T11); and document messages reach only the document they are tagged with (T2).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { DocSync } from '../../../src/sync/docSync';
import { ENVELOPE_WINDOW_MS, makeEnvelope, newPeerId, sealEnvelope } from '../../../src/sync/envelope';
import { TestLink } from '../../helpers/testLink';
import { Room } from '../../../src/sync/room';
import { MemoryNet, seeded } from '../../helpers/memoryNet';

const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';

describe('room envelopes (T9-T11)', () => {
  it('T10, T11: garbage and other rooms are refused; replays and stale envelopes are ignored', async () => {
    const secret = newRoomSecret();
    const room = await Room.create({ meetingId: MEETING, secret });
    try {
      const local = { kind: 'local' } as const;
      await room.receiveEnvelope(new Uint8Array([1, 2, 3]), local);
      const other = await deriveRoomKey(newRoomSecret(), MEETING);
      await room.receiveEnvelope(
        await sealEnvelope(other, makeEnvelope({ kind: 'answer', from: newPeerId(), to: room.peerId, sdp: 'x' })),
        local,
      );
      expect(room.counts.refusedEnvelopes).toBe(2);

      // An answer nobody asked for is harmless; the same envelope again is a replay.
      const env = makeEnvelope({ kind: 'answer', from: newPeerId(), to: room.peerId, sdp: 'v=0' });
      const sealed = await sealEnvelope(room.key, env);
      await room.receiveEnvelope(sealed, local);
      await room.receiveEnvelope(sealed, local);
      expect(room.counts.replayedEnvelopes).toBe(1);
      const stale = makeEnvelope(
        { kind: 'answer', from: newPeerId(), to: room.peerId, sdp: 'v=0' },
        Date.now() - ENVELOPE_WINDOW_MS - 1000,
      );
      await room.receiveEnvelope(await sealEnvelope(room.key, stale), local);
      expect(room.counts.replayedEnvelopes).toBe(2);
      // A well-sealed envelope that breaks the schema is refused like garbage (T9).
      const bad = { ...makeEnvelope({ kind: 'announce', from: newPeerId() }), ttl: 99 };
      await room.receiveEnvelope(await sealEnvelope(room.key, bad), local);
      expect(room.counts.refusedEnvelopes).toBe(3);
      expect(room.links.size).toBe(0);
    } finally {
      room.destroy();
    }
  });
});

describe('document tags (T2)', () => {
  it('T2: two documents share one link; each update reaches only its own document', async () => {
    const net = new MemoryNet(seeded(3));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [pa, pb] = [newPeerId(), newPeerId()];
    const [ca, cb] = net.pair();
    const la = new TestLink(ca, { key, localPeer: pa, remotePeer: pb });
    const lb = new TestLink(cb, { key, localPeer: pb, remotePeer: pa });
    net.track(la, lb);
    const docs = ['m1', 'm2'].map((id) => {
      const a = new Y.Doc();
      const b = new Y.Doc();
      new DocSync(id, a, new Awareness(a)).addLink(la);
      new DocSync(id, b, new Awareness(b)).addLink(lb);
      return { a, b };
    });
    docs[0]!.a.getMap('cards').set('x', 'solo en m1');
    docs[1]!.a.getMap('cards').set('y', 'solo en m2');
    await net.flush();
    expect(docs[0]!.b.getMap('cards').toJSON()).toEqual({ x: 'solo en m1' });
    expect(docs[1]!.b.getMap('cards').toJSON()).toEqual({ y: 'solo en m2' });
  });
});

describe('relay through peers: who offers, and how many (T18)', () => {
  it('T18: the lower peer id offers, and automatic attempts stop at maxLinks', async () => {
    // Just enough of RTCPeerConnection for an offer (node has no WebRTC); counts constructions.
    const created: string[] = [];
    class FakePc {
      iceGatheringState = 'complete';
      signalingState = 'stable';
      localDescription: { sdp: string } | null = null;
      connectionState = 'new';
      constructor() {
        created.push('pc');
      }
      createDataChannel() {
        return { readyState: 'connecting', addEventListener() {}, removeEventListener() {} };
      }
      async createOffer() {
        return { type: 'offer', sdp: 'v=0\r\n' };
      }
      async setLocalDescription(d: { sdp: string }) {
        this.localDescription = d;
        this.signalingState = 'have-local-offer';
      }
      addEventListener() {}
      removeEventListener() {}
      close() {}
    }
    const g = globalThis as { RTCPeerConnection?: unknown };
    const saved = g.RTCPeerConnection;
    g.RTCPeerConnection = FakePc;
    const room = await Room.create({ meetingId: MEETING, secret: newRoomSecret(), maxLinks: 2 });
    try {
      const sent: string[] = [];
      const transport = {
        name: 'tabs' as const,
        start: () => undefined,
        send: () => sent.push('x'),
        close: () => undefined,
      };
      room.addTransport(transport);
      const higher = () => {
        let p = newPeerId();
        while (p <= room.peerId) p = newPeerId();
        return p;
      };
      const lower = () => {
        let p = newPeerId();
        while (p >= room.peerId) p = newPeerId();
        return p;
      };
      const via = { kind: 'transport', transport } as const;
      // A lower id will offer to us: we only announce back.
      await room.receiveEnvelope(await sealEnvelope(room.key, makeEnvelope({ kind: 'announce', from: lower() })), via);
      expect(created).toHaveLength(0);
      expect(sent).toHaveLength(1);
      // Higher ids: we offer, but never more than maxLinks at once.
      for (let i = 0; i < 4; i++)
        await room.receiveEnvelope(await sealEnvelope(room.key, makeEnvelope({ kind: 'announce', from: higher() })), via);
      expect(created).toHaveLength(2);
      expect(sent).toHaveLength(3);
    } finally {
      room.destroy();
      g.RTCPeerConnection = saved;
    }
  });
});
