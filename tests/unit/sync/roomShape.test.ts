// The room's own logic on fake timers (issue 15 item 6, issue 17): periodic announces, pairings
// that time out or are declined, and which link a device at its limit may give up (Z1-Z4).
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newRoomSecret } from '../../../src/sync/crypto';
import { makeEnvelope, MAX_TTL, newPeerId, openEnvelope, sealEnvelope, type Envelope, type PeerId } from '../../../src/sync/envelope';
import { FAR_COLLECT_MS, FAR_HOPS, FAR_PAUSE_MS, FarLinks } from '../../../src/sync/farLinks';
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

describe('far links (Z5)', () => {
  it('Z5: a peer 4+ hops away on the mesh is worth a far link, one at a time, with a pause between', () => {
    let t = 0;
    const far = new FarLinks(() => t);
    const peer = 'AAAAAAAAAAA';
    expect(far.wants(FAR_HOPS - 1)).toBe(false);
    expect(far.wants(undefined)).toBe(false); // heard through a relay or a tab: no distance
    expect(far.wants(FAR_HOPS)).toBe(true);
    far.begin(peer);
    expect(far.making(peer)).toBe(true);
    expect(far.wants(FAR_HOPS + 2)).toBe(false);
    t += 1000;
    far.end(peer, true);
    expect(far.making(peer)).toBe(false);
    t += FAR_PAUSE_MS - 1;
    expect(far.wants(FAR_HOPS)).toBe(false);
    t += 1;
    expect(far.wants(FAR_HOPS)).toBe(true);
    // A far link whose offer got no answer stops blocking the next after 5 s.
    far.begin(peer);
    t += 4999;
    expect(far.wants(FAR_HOPS)).toBe(false);
    t += 1;
    expect(far.wants(FAR_HOPS)).toBe(true);
  });
});

describe('room timers (T18, Z3, Z4)', () => {
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
    // for a real 50 ms (a busy CI machine made a single round miss the second announce).
    const settle = async () => {
      let seen = -1;
      while (seen !== opened.length) {
        seen = opened.length;
        await Promise.all(opened);
        await vi.advanceTimersByTimeAsync(0);
        await sleep(50);
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

  it('Z4, Z5: after its links change, a device past the target with a slot free announces at 2 s; below the target at 8 s', async () => {
    for (const [count, expected] of [
      [4, 2_000],
      [2, 8_000],
    ] as const) {
      const { room, sent, settle } = await setup(6);
      try {
        for (let i = 0; i < count; i++) {
          const link = { state: 'open', remotePeer: newPeerId(), sendSignal: () => undefined, close: () => undefined };
          room.links.set(link.remotePeer, link as unknown as Link);
        }
        // What a link kept or closed calls (room.ts keep() and its close handler).
        (room as unknown as { linksChanged(): void }).linksChanged();
        await vi.advanceTimersByTimeAsync(expected - 100);
        await settle();
        expect(sent.filter((e) => e.kind === 'announce')).toHaveLength(0);
        await vi.advanceTimersByTimeAsync(200);
        await settle();
        expect(sent.filter((e) => e.kind === 'announce')).toHaveLength(1);
      } finally {
        room.links.clear();
        room.destroy();
      }
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

  /** Open links that keep what is sent on them (the room's own traffic is not under test). */
  function fakeLinks(room: Room, count: number) {
    const sent: Promise<Envelope | null>[] = [];
    const links: Link[] = [];
    for (let i = 0; i < count; i++) {
      const link = {
        state: 'open',
        remotePeer: newPeerId(),
        sendSignal: (sealed: Uint8Array) => void sent.push(openEnvelope(room.key, sealed)),
        close: () => undefined,
      } as unknown as Link;
      room.links.set(link.remotePeer, link);
      links.push(link);
    }
    const onLinks = async () => (await Promise.all(sent)).filter((e): e is Envelope => e !== null);
    return { links, onLinks };
  }
  /** Delivered on a link, `hops` hops from its sender (the TTL it has spent). */
  const onLink = async (room: Room, link: Link, env: Envelope, hops: number) =>
    room.receiveEnvelope(await sealEnvelope(room.key, { ...env, ttl: MAX_TTL + 1 - hops }), { kind: 'link', link });

  it('Z5: past the target, a device answers an announce from 4+ hops away, and offers to the farthest device that answered its own', async () => {
    const { room, settle } = await setup(6);
    const { links, onLinks } = fakeLinks(room, 3);
    const to = async (p: PeerId) => (await onLinks()).filter((e) => e.to === p).map((e) => e.kind);
    try {
      const near = peerAbove(room.peerId);
      await onLink(room, links[0]!, makeEnvelope({ kind: 'announce', from: near, n: 6, full: true }), FAR_HOPS - 1);
      await settle();
      expect(await to(near)).toEqual([]);
      // An announce from far away is answered (whatever the ids): its hops tell the announcer how far we are.
      const far = peerBelow(room.peerId);
      await onLink(room, links[1]!, makeEnvelope({ kind: 'announce', from: far, n: 6, full: true }), FAR_HOPS);
      await settle();
      expect(await to(far)).toEqual(['announce']);
      // Two far devices answer our announce: the farther one is offered a link, once both had time to answer.
      const four = peerAbove(room.peerId);
      const six = peerAbove(room.peerId);
      await onLink(room, links[1]!, makeEnvelope({ kind: 'announce', from: four, to: room.peerId, n: 6, full: true }), FAR_HOPS);
      await onLink(room, links[2]!, makeEnvelope({ kind: 'announce', from: six, to: room.peerId, n: 5, full: false }), FAR_HOPS + 2);
      await settle();
      expect([...(await to(four)), ...(await to(six))]).toEqual([]);
      await vi.advanceTimersByTimeAsync(FAR_COLLECT_MS);
      await settle();
      expect(await to(six)).toEqual(['offer']);
      expect(await to(four)).toEqual([]);
    } finally {
      room.links.clear();
      room.destroy();
    }
  });

  it('Z5: a device at its limit accepts an offer from 4+ hops away when it has a redundant link to give up, and declines a nearer one', async () => {
    const { room, conns, settle } = await setup(3);
    const { links, onLinks } = fakeLinks(room, 3);
    const [a, b, c] = links.map((l) => l.remotePeer) as [PeerId, PeerId, PeerId];
    // a hears b and c (two common neighbours) and two more: the link to a is redundant (Z2).
    const heard = new Map([[a, new Set([b, c, newPeerId(), newPeerId()])]]);
    room.neighbours.linkedTo = (p: PeerId) => heard.get(p) ?? new Set<PeerId>();
    const offer = (from: PeerId) =>
      makeEnvelope({ kind: 'offer', from, to: room.peerId, sdp: 'v=0\r\na=ice-ufrag:x\r\n', n: 6, full: true });
    try {
      const near = peerBelow(room.peerId);
      await onLink(room, links[0]!, offer(near), FAR_HOPS - 1);
      await settle();
      const declined = (await onLinks()).find((e) => e.kind === 'answer' && e.to === near);
      expect(declined?.sdp).toBeUndefined();
      expect(conns).toHaveLength(0);
      const far = peerBelow(room.peerId);
      await onLink(room, links[1]!, offer(far), FAR_HOPS);
      await settle();
      const answer = (await onLinks()).find((e) => e.kind === 'answer' && e.to === far);
      expect(answer?.sdp).toBeDefined();
      expect(conns).toHaveLength(1);
      // Make before break: nothing is given up until the far link opens.
      expect(room.links.size).toBe(3);
      // Without a redundant link, a far offer is declined too.
      heard.clear();
      await vi.advanceTimersByTimeAsync(10_000);
      const third = peerBelow(room.peerId);
      await onLink(room, links[2]!, offer(third), FAR_HOPS + 1);
      await settle();
      expect((await onLinks()).find((e) => e.kind === 'answer' && e.to === third)?.sdp).toBeUndefined();
    } finally {
      room.links.clear();
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
