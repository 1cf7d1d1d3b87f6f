// The room's own logic on fake timers (issue 15 item 6, issue 17): periodic announces, pairings
// that time out or are declined, and which link a device at its limit may give up (Z1-Z4).
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newRoomSecret } from '../../../src/sync/crypto';
import { makeEnvelope, newPeerId, openEnvelope, sealEnvelope, type Envelope, type PeerId } from '../../../src/sync/envelope';
import type { Link } from '../../../src/sync/link';
import { Room } from '../../../src/sync/room';
import { redundantLink } from '../../../src/sync/roomShape';
import type { PeerConnection } from '../../../src/sync/rtc';
import { FakeRtc } from '../../helpers/fakeRtc';
import { MemoryNet, seeded } from '../../helpers/memoryNet';

const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';

describe('redundant links (Z2)', () => {
  const open = (peer: PeerId) => ({ state: 'open', remotePeer: peer }) as unknown as Link;
  const [a, b, c, d, e] = ['AAAAAAAAAAA', 'BBBBBBBBBBB', 'CCCCCCCCCCC', 'DDDDDDDDDDD', 'EEEEEEEEEEE'];

  it('Z2: only a peer that keeps 3 links and shares two neighbours with us is given up', () => {
    const links = new Map([a, b, c, d].map((p) => [p, open(p)]));
    const heard = new Map<PeerId, Set<PeerId>>([
      [a, new Set([b, d, e])], // keeps 3 without us, and b and d are common neighbours: redundant
      [b, new Set([a, d])], // would keep only 2
      [c, new Set([d, e, 'FFFFFFFFFFF'])], // keeps 3 but shares only d: the way round could go at the same moment
    ]);
    const topology = { linkedTo: (p: PeerId) => heard.get(p) ?? new Set<PeerId>() };
    expect(redundantLink(links, topology)?.remotePeer).toBe(a);
    expect(redundantLink(links, topology, a)).toBeNull();
    heard.set(a, new Set([b, d]));
    expect(redundantLink(links, topology)).toBeNull();
    // One common neighbour is not enough: b may trim its own link to a at the same moment, each of
    // us counting on the other as the way round (a 32-device room once ended split so).
    heard.set(a, new Set([b, e, 'FFFFFFFFFFF']));
    expect(redundantLink(links, topology)).toBeNull();
  });
});

describe('room timers (T18, Z3, Z4)', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  async function setup(maxLinks: number) {
    const conns: PeerConnection[] = [];
    const rtc = new FakeRtc(new MemoryNet(seeded(1)));
    const room = await Room.create({
      meetingId: MEETING,
      secret: newRoomSecret(),
      maxLinks,
      connect: () => {
        const c = rtc.connect();
        conns.push(c);
        return c;
      },
    });
    const sent: Envelope[] = [];
    const opened: Promise<void>[] = [];
    const transport = {
      name: 'tabs' as const,
      start: () => undefined,
      send: (sealed: Uint8Array) => {
        opened.push(openEnvelope(room.key, sealed).then((env) => void (env && sent.push(env))));
      },
      close: () => undefined,
    };
    room.addTransport(transport);
    const via = { kind: 'transport', transport } as const;
    const deliver = async (env: Envelope) => room.receiveEnvelope(await sealEnvelope(room.key, env), via);
    // Sealing and opening run on WebCrypto, in real time and not on the fake clock: a send may
    // still be sealing when the timer that caused it has fired. Wait until nothing more is sent
    // for a real 250 ms (a busy CI machine made a single round miss the second announce, and at
    // load 13 a 50 ms quiet spell still did: sealing took longer than that).
    const settle = async () => {
      let seen = -1;
      while (seen !== opened.length) {
        seen = opened.length;
        await Promise.all(opened);
        await vi.advanceTimersByTimeAsync(0);
        await sleep(250);
        await Promise.all(opened);
      }
    };
    return { room, conns, sent, deliver, settle };
  }

  const peerAbove = (p: PeerId) => {
    let q = newPeerId();
    while (q <= p) q = newPeerId();
    return q;
  };
  const peerBelow = (p: PeerId) => {
    let q = newPeerId();
    while (q >= p) q = newPeerId();
    return q;
  };

  it('Z4: a device without links announces every 8 s, saying it has 0 links and room', async () => {
    const { room, sent, settle } = await setup(6);
    try {
      await vi.advanceTimersByTimeAsync(7_900);
      await settle();
      expect(sent.filter((e) => e.kind === 'announce')).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(200);
      await settle();
      await vi.advanceTimersByTimeAsync(8_000);
      await settle();
      const announces = sent.filter((e) => e.kind === 'announce');
      expect(announces).toHaveLength(2);
      expect(announces[0]).toMatchObject({ from: room.peerId, n: 0, full: false });
    } finally {
      room.destroy();
    }
  });

  it('Z4: a device with 3 links announces at 8, 16, 32 and 64 s intervals, then is quiet until its links change', async () => {
    const { room, sent, settle } = await setup(6);
    try {
      // Three open links, as the room counts them (what they carry is not under test here).
      for (let i = 0; i < 3; i++) {
        const link = { state: 'open', remotePeer: newPeerId(), sendSignal: () => undefined, close: () => undefined };
        room.links.set(link.remotePeer, link as unknown as Link);
      }
      const announcesBy = async (ms: number) => {
        await vi.advanceTimersByTimeAsync(ms);
        await settle();
        return sent.filter((e) => e.kind === 'announce').length;
      };
      expect(await announcesBy(8_100)).toBe(1);
      expect(await announcesBy(16_000)).toBe(2);
      expect(await announcesBy(32_000)).toBe(3);
      expect(await announcesBy(64_000)).toBe(4);
      expect(await announcesBy(300_000)).toBe(4);
    } finally {
      room.links.clear();
      room.destroy();
    }
  });

  it('T18: an offer nobody answers frees its slot after 20 s; a declined one at once, not as a failure (Z3)', async () => {
    const { room, conns, sent, deliver, settle } = await setup(2);
    try {
      const silent = peerAbove(room.peerId);
      await deliver(makeEnvelope({ kind: 'announce', from: silent, n: 4, full: false }));
      await settle();
      expect(sent.filter((e) => e.kind === 'offer' && e.to === silent)).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(19_000);
      expect(conns[0]!.pc.connectionState).not.toBe('closed');
      await vi.advanceTimersByTimeAsync(1_500);
      expect(conns[0]!.pc.connectionState).toBe('closed');

      const busy = peerAbove(room.peerId);
      await deliver(makeEnvelope({ kind: 'announce', from: busy, n: 4, full: false }));
      await settle();
      expect(conns).toHaveLength(2);
      await deliver(makeEnvelope({ kind: 'answer', from: busy, to: room.peerId, n: 6, full: true }));
      await settle();
      expect(conns[1]!.pc.connectionState).toBe('closed');
      expect(room.counts.failedConnections).toBe(1);
    } finally {
      room.destroy();
    }
  });

  it('Z2, Z3: a device at its limit declines an offer from a peer with enough links, and answers no one lower', async () => {
    const { room, conns, sent, deliver, settle } = await setup(0);
    try {
      const lower = peerBelow(room.peerId);
      await deliver(makeEnvelope({ kind: 'offer', from: lower, to: room.peerId, sdp: 'v=0\r\na=ice-ufrag:x\r\n', n: 3, full: false }));
      await settle();
      expect(conns).toHaveLength(0);
      const reply = sent.find((e) => e.kind === 'answer' && e.to === lower);
      expect(reply).toMatchObject({ full: true });
      expect(reply?.sdp).toBeUndefined();
      // Nor does it promise room to a peer with too few links: it has no redundant link to give.
      await deliver(makeEnvelope({ kind: 'announce', from: lower, n: 1, full: false }));
      await settle();
      expect(sent.filter((e) => e.kind === 'announce' && e.to === lower)).toHaveLength(0);
    } finally {
      room.destroy();
    }
  });
});
