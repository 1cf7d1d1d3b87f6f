// A truthful room status (T28): only devices that answer count, "todos tienen todo" only when
// each of them has our state vector now, a device that hears no one says so once SILENT_MS pass,
// and a device that stops answering is shown so on its neighbours and one hop further.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { SILENT_MS } from '../../../src/sync/link';
import { FAR_FRESH_MS, FarPresence } from '../../../src/sync/farPresence';
import { roomStatus } from '../../../src/sync/roomStatus';
import { DOC_STATE, DOC_SYNC } from '../../../src/sync/linkKinds';
import { saysMoving, stateVectorDigest } from '../../../src/sync/stateVector';
import { MemoryNet, seeded } from '../../helpers/memoryNet';
import { channelOf, isUpdateFrame, link, meshDevice, MEETING, type MeshDevice } from '../../helpers/syncMesh';

/** The fingerprint of a device's state as its presence carries it (LocalPresence). */
const digestOf = (doc: Y.Doc) => stateVectorDigest(Y.decodeStateVector(Y.encodeStateVector(doc)));

/** Presence as RoomSession publishes it, its state kept current at once (unless `live` is false). */
function present(d: MeshDevice, live = true): MeshDevice {
  const publish = () =>
    d.awareness.setLocalState({
      peer: d.peer,
      user: { school: `Escuela ${d.name}`, person: d.name },
      d: digestOf(d.doc),
    });
  publish();
  if (live) d.doc.on('update', publish);
  return d;
}

const far = new WeakMap<MeshDevice, FarPresence>();

/** The status as RoomSession computes it, with the memory of who was near (FarPresence). */
function status(d: MeshDevice, over: Partial<Parameters<typeof roomStatus>[0]> = {}) {
  if (!far.has(d)) far.set(d, new FarPresence(d.awareness));
  const f = far.get(d)!;
  const s = roomStatus({
    selfPeer: d.peer,
    selfClient: d.doc.clientID,
    presences: d.awareness.getStates(),
    links: d.links,
    linkSv: (l) => d.sync.peerState(l)?.sv ?? null,
    linkMoving: (l) => saysMoving(d.sync.peerState(l)),
    vouched: (p) => d.neighbours.vouched(p),
    farFresh: (client, peer) => f.fresh(client, peer),
    local: Y.decodeStateVector(Y.encodeStateVector(d.doc)),
    incoming: false,
    ...over,
  });
  f.saw(
    s.peers,
    [...d.links].filter(([, l]) => l.state === 'open').map(([p]) => p),
  );
  return s;
}

const wait = (check: () => void | Promise<void>) => vi.waitFor(check, { timeout: 15_000, interval: 50 });

async function line() {
  const net = new MemoryNet(seeded(71));
  const key = await deriveRoomKey(newRoomSecret(), MEETING);
  const [a, b, c] = ['A', 'B', 'C'].map((n) => present(meshDevice(n))) as [MeshDevice, MeshDevice, MeshDevice];
  a.doc.getMap('cards').set('a', 1);
  const ab = link(net, key, a, b);
  const bc = link(net, key, b, c);
  await wait(async () => {
    await net.flush();
    for (const d of [a, b, c]) expect(status(d).status).toBe('allHaveAll');
  });
  return { net, a, b, c, ab, bc };
}

describe('room status (T28)', () => {
  it('T28: a device two hops away counts while its neighbour hears it', async () => {
    const { a } = await line();
    const s = status(a);
    expect(s.peers.map((p) => [p.person, p.direct, p.state])).toEqual([
      ['B', true, 'hasAll'],
      ['C', false, 'hasAll'],
    ]);
  });

  it('T28: a device three hops away counts while its presence is renewed, and is "sin respuesta" once it is not', async () => {
    // Pings vouch one hop away only (T30). In a room of 30 the diameter is 3-6 hops: before, every
    // device past two hops was "sin respuesta" on every screen and "todos tienen todo" never showed.
    const net = new MemoryNet(seeded(72));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map((n) => present(meshDevice(n))) as MeshDevice[] as [
      MeshDevice,
      MeshDevice,
      MeshDevice,
      MeshDevice,
    ];
    a.doc.getMap('cards').set('a', 1);
    link(net, key, a, b);
    link(net, key, b, c);
    link(net, key, c, d);
    await wait(async () => {
      await net.flush();
      for (const x of [a, b, c, d]) expect(status(x).status).toBe('allHaveAll');
    });
    expect(status(a).peers.map((p) => [p.person, p.direct, p.state])).toEqual([
      ['B', true, 'hasAll'],
      ['C', false, 'hasAll'],
      ['D', false, 'hasAll'],
    ]);
    // A hears none of its links: a presence heard 1 s ago says nothing of the room now.
    a.skew += SILENT_MS + 100;
    expect(status(a).status).toBe('deaf');
    expect(status(a).peers.find((p) => p.person === 'D')?.state).toBe('silent');
    a.skew = 0;
    expect(status(a).status).toBe('allHaveAll');
    // D's renewals stop reaching A (its neighbours still hear it): past FAR_FRESH_MS A cannot know.
    const meta = a.awareness.meta.get(d.doc.clientID)!;
    meta.lastUpdated -= FAR_FRESH_MS + 100;
    expect(status(a).peers.find((p) => p.person === 'D')?.state).toBe('silent');
    expect(status(a).status).toBe('silent');
  });

  it('T28, T29: a device whose update was lost is not "todos tienen todo" while it lacks the card', async () => {
    const { net, b, c, bc } = await line();
    net.lose = (f, from) => from === channelOf.get(bc[1]) && isUpdateFrame(f);
    c.doc.getMap('cards').set('c', 'de C');
    net.lose = null;
    expect(net.lost).toBe(1);
    // Once C's state vector reaches B (within STATE_SOON_MS), B knows it lacks something.
    await wait(async () => {
      await net.flush();
      expect(b.sync.peerState(bc[0])?.sv?.get(c.doc.clientID)).toBe(1);
    });
    const seen = new Set<string>();
    await wait(async () => {
      await net.flush();
      const has = b.doc.getMap('cards').has('c');
      seen.add(`${has}:${status(b).status}`);
      expect(has).toBe(true);
    });
    expect(seen.has('false:allHaveAll')).toBe(false);
    expect(seen.has('false:syncing')).toBe(true);
    await wait(async () => {
      await net.flush();
      expect(status(b).status).toBe('allHaveAll');
    });
  });

  it('T28: a device that hears no one says so once SILENT_MS pass, not before', async () => {
    const { net, a, ab } = await line();
    // A's Wi-Fi goes: nothing reaches it any more. Its own clock decides when it notices.
    const toA = channelOf.get(ab[1]);
    net.lose = (_f, from) => from === toA;
    a.skew += SILENT_MS - 300;
    expect(status(a).status).toBe('allHaveAll');
    a.skew += 400;
    expect(status(a).status).toBe('deaf');
    expect(status(a).peers.every((p) => p.state === 'silent')).toBe(true);
    net.lose = null;
    await wait(async () => {
      await net.flush();
      expect(status(a).status).toBe('allHaveAll');
    });
  });

  it('T28, T30: a device that stops answering is "sin respuesta" on its neighbour and one hop further', async () => {
    const { net, a, b, c } = await line();
    const fromC = new Set([...c.links.values()].map((l) => channelOf.get(l)));
    net.lose = (_f, from) => fromC.has(from);
    b.skew += SILENT_MS + 100;
    a.skew += SILENT_MS + 100;
    await wait(async () => {
      await net.flush();
      expect(status(b).peers.find((p) => p.person === 'C')?.state).toBe('silent');
      expect(status(a).peers.find((p) => p.person === 'C')?.state).toBe('silent');
      expect(status(a).peers.find((p) => p.person === 'B')?.state).toBe('hasAll');
    });
    expect(status(a).status).toBe('silent');
    expect(status(a).silent).toBe(1);
    expect(status(a).peers.find((p) => p.person === 'B')?.state).toBe('hasAll');
  });

  it('T28: a link gone quiet does not make its peer "sin respuesta" while a neighbour hears it', async () => {
    const net = new MemoryNet(seeded(76));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b, c] = ['A', 'B', 'C'].map((n) => present(meshDevice(n))) as [MeshDevice, MeshDevice, MeshDevice];
    a.doc.getMap('cards').set('a', 1);
    link(net, key, a, b);
    link(net, key, b, c);
    const [ac, ca] = link(net, key, a, c);
    await wait(async () => {
      await net.flush();
      for (const d of [a, b, c]) expect(status(d).status).toBe('allHaveAll');
      expect(a.neighbours.vouched(c.peer)).toBe(true);
    });
    // The link A-C carries nothing any more, both ways (its other end closed and the close was
    // lost); B still hears C. Before, A showed C as "sin respuesta" until the link closed.
    const quiet = new Set([channelOf.get(ac), channelOf.get(ca)]);
    net.lose = (_f, from) => quiet.has(from);
    a.skew += SILENT_MS + 100;
    await wait(async () => {
      await net.flush();
      expect(ac.heardWithin()).toBe(false);
      expect(status(a).peers.find((p) => p.person === 'B')?.state).toBe('hasAll');
    });
    expect(status(a).peers.find((p) => p.person === 'C')).toMatchObject({ direct: true, near: true, state: 'hasAll' });
    expect(status(a).status).toBe('allHaveAll');
    // The last word of the quiet link ("receiving", news) is old: it says nothing now. Before, a
    // device killed mid-transfer kept every screen at "Sincronizando…" until its links closed.
    expect(status(a, { linkMoving: (l) => l === ac }).status).toBe('allHaveAll');
    // C stops answering everyone: silent on A too, once B's pings leave it out.
    const fromC = new Set([...c.links.values()].map((l) => channelOf.get(l)));
    net.lose = (_f, from) => quiet.has(from) || fromC.has(from);
    b.skew += SILENT_MS + 100;
    await wait(async () => {
      await net.flush();
      expect(status(a).peers.find((p) => p.person === 'C')?.state).toBe('silent');
    });
    for (const d of [a, b, c]) d.sync.destroy();
  });

  it('T28: no "todos tienen todo" while a neighbour says a large message is still reaching it', async () => {
    // Its neighbours may all still have the old state vector while the update crosses them (the
    // zone.spec lie: ✓ three hops from the author with none of its 2,000 cards).
    const { a, ab } = await line();
    expect(status(a).status).toBe('allHaveAll');
    expect(status(a, { linkMoving: (l) => l === ab[0] }).status).toBe('syncing');
    // What B tells A on its link is what the status reads.
    expect(a.sync.peerState(ab[0])).toEqual({ sv: expect.any(Map), receiving: false, news: 0 });
  });

  it('T38: two hops from a write, no "todos tienen todo" while the data has reached no one near', async () => {
    // In the app the author's presence queues behind its data, and the device between may wait its
    // turn to forward (T35): no neighbour of C has the data yet, nor is receiving it. Seen in
    // zone.spec: ✓ on two of eight devices with 10 of 2,010 cards.
    const net = new MemoryNet(seeded(72));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const a = meshDevice('A');
    a.doc.getMap('cards').set('a', 1);
    present(a, false);
    const [b, c] = ['B', 'C'].map((n) => present(meshDevice(n))) as [MeshDevice, MeshDevice];
    const ab = link(net, key, a, b);
    const bc = link(net, key, b, c);
    const all = [a, b, c];
    await wait(async () => {
      await net.flush();
      for (const x of all) expect(status(x).status).toBe('allHaveAll');
    });
    // A's update does not reach B (still on its way); its state message does, and its presence
    // still tells the old state vector.
    net.lose = (f, from) => from === channelOf.get(ab[0]) && isUpdateFrame(f);
    a.doc.getMap('cards').set('grande', 'x'.repeat(8000));
    await wait(async () => {
      await net.flush();
      expect(status(b).status).toBe('syncing');
      expect(status(c).status).toBe('syncing');
    });
    expect(c.sync.peerState(bc[1])?.news).toBe(1);
    expect(c.doc.getMap('cards').has('grande')).toBe(false);
    // The way clears: anti-entropy brings the update (T29) and the news dies out.
    net.lose = null;
    a.awareness.setLocalStateField('d', digestOf(a.doc));
    await wait(async () => {
      await net.flush();
      expect(c.doc.getMap('cards').has('grande')).toBe(true);
      for (const x of all) expect(status(x).status).toBe('allHaveAll');
    });
  }, 30_000);

  it('T38: a large change of our own is preceded on every link by our new state vector', async () => {
    const { a, ab } = await line();
    const subs: number[] = [];
    const send = ab[0].sendDoc.bind(ab[0]);
    ab[0].sendDoc = (docId, sub, body) => {
      subs.push(sub);
      send(docId, sub, body);
    };
    a.doc.getMap('cards').set('grande', 'x'.repeat(8000));
    expect(subs.slice(0, 2)).toEqual([DOC_STATE, DOC_SYNC]);
  });
});
