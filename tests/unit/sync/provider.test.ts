// The provider over in-memory links: sync step 1/2, forwarding along a tree, awareness, the
// sealed hello that keeps out devices without the room secret, and large documents (T1, T2,
// T8, T10, T14, T15).
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import { deriveRoomKey, newRoomSecret, open, seal, type RoomKey } from '../../../src/sync/crypto';
import { DocSync } from '../../../src/sync/docSync';
import { newPeerId } from '../../../src/sync/envelope';
import { emptySentByKind, Link } from '../../../src/sync/link';
import { TestLink } from '../../helpers/testLink';
import { MemoryNet, seeded } from '../../helpers/memoryNet';

const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';

interface Device {
  peer: string;
  doc: Y.Doc;
  awareness: Awareness;
  sync: DocSync;
}

function device(): Device {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  return { peer: newPeerId(), doc, awareness, sync: new DocSync(MEETING, doc, awareness) };
}

/** `compress: false` where a rule is about frames (T1, T7): deflated, the same document fits in a few. */
function connect(
  net: MemoryNet,
  a: Device,
  b: Device,
  keyA: RoomKey,
  keyB: RoomKey = keyA,
  highWater?: number,
  compress = true,
): [Link, Link] {
  const [ca, cb] = net.pair();
  const la = new TestLink(ca, { key: keyA, localPeer: a.peer, remotePeer: b.peer, highWater, compress });
  const lb = new TestLink(cb, { key: keyB, localPeer: b.peer, remotePeer: a.peer, compress });
  net.track(la, lb);
  a.sync.addLink(la);
  b.sync.addLink(lb);
  return [la, lb];
}

const same = (docs: Y.Doc[]) => {
  const states = docs.map((d) => JSON.stringify(Object.entries(d.getMap('cards').toJSON()).sort()));
  return states.every((s) => s === states[0]);
};

describe('room key (T10)', () => {
  it('T10: sealed bytes open only with the same secret and meeting; tampering is refused', async () => {
    const secret = newRoomSecret();
    const key = await deriveRoomKey(secret, MEETING);
    const sealed = await seal(key, new TextEncoder().encode('hola'));
    expect(new TextDecoder().decode((await open(key, sealed))!)).toBe('hola');
    expect(await open(await deriveRoomKey(newRoomSecret(), MEETING), sealed)).toBeNull();
    expect(await open(await deriveRoomKey(secret, 'otro-encuentro'), sealed)).toBeNull();
    const tampered = sealed.slice();
    tampered[20] = tampered[20]! ^ 1;
    expect(await open(key, tampered)).toBeNull();
    expect(await open(key, new Uint8Array(5))).toBeNull();
  });
});

describe('provider over a tree of links', () => {
  it('T1, T14: three devices in a line (A-B-C) converge under random delivery order, edits from each reach all', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const net = new MemoryNet(seeded(seed));
      const key = await deriveRoomKey(newRoomSecret(), MEETING);
      const [a, b, c] = [device(), device(), device()];
      a.doc.getMap('cards').set('a0', 'antes de conectar');
      connect(net, a, b, key);
      connect(net, b, c, key);
      await net.flush();
      a.doc.getMap('cards').set('a1', 'de A');
      c.doc.getMap('cards').set('c1', 'de C');
      b.doc.getMap('cards').set('b1', 'de B');
      await net.settle(() => same([a.doc, b.doc, c.doc]) && c.doc.getMap('cards').size === 4);
      expect(same([a.doc, b.doc, c.doc])).toBe(true);
      expect(Object.keys(c.doc.getMap('cards').toJSON()).sort()).toEqual(['a0', 'a1', 'b1', 'c1']);
    }
  });

  it('counts what each link sends by kind, in plain bytes (issue 17: what an idle room spends)', async () => {
    const net = new MemoryNet(seeded(8));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b] = [device(), device()];
    const [ca, cb] = net.pair();
    const sent = emptySentByKind();
    const la = new TestLink(ca, { key, localPeer: a.peer, remotePeer: b.peer, sent });
    const lb = new TestLink(cb, { key, localPeer: b.peer, remotePeer: a.peer });
    net.track(la, lb);
    a.sync.addLink(la);
    b.sync.addLink(lb);
    await net.settle(() => a.sync.isSynced(la) && b.sync.isSynced(lb));
    await net.flush();
    expect(sent.hello).toBeGreaterThan(0);
    expect(sent.sync).toBeGreaterThan(0);
    const before = { ...sent };
    a.doc.getMap('cards').set('x', 'una tarjeta');
    la.ping();
    a.awareness.setLocalState({ peer: a.peer });
    await net.flush();
    expect(sent.sync - before.sync).toBeGreaterThan(10);
    expect(sent.ping - before.ping).toBeGreaterThan(0);
    expect(sent.presence - before.presence).toBeGreaterThan(0);
    expect(sent.hello).toBe(before.hello);
    // Every byte of a document message is counted once, under its kind.
    expect(sent.sync + sent.presence + sent.state).toBe(la.docBytesOut);
  });

  it('T39: a joiner whose first copy of the meeting is on its way asks a second neighbour only for what is missing', async () => {
    const net = new MemoryNet(seeded(31));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b, j] = [device(), device(), device()];
    a.doc.transact(() => {
      for (let i = 0; i < 2000; i++) a.doc.getMap('cards').set(`card-${i}`, `Acuerdo ${i} del colectivo sobre la lectura en voz alta`);
    });
    const size = Y.encodeStateAsUpdate(a.doc).length;
    const [lab, lba] = connect(net, a, b, key, key, undefined, false);
    await net.settle(() => a.sync.isSynced(lab) && b.sync.isSynced(lba) && b.doc.getMap('cards').size === 2000);
    await net.flush();
    const [ca, cj] = net.pair();
    const laj = new TestLink(ca, { key, localPeer: a.peer, remotePeer: j.peer, compress: false });
    const lja = new TestLink(cj, { key, localPeer: j.peer, remotePeer: a.peer, compress: false });
    net.track(laj, lja);
    a.sync.addLink(laj);
    j.sync.addLink(lja);
    // The first frames of A's answer reach J; the rest is held on the way while J links to B.
    for (let i = 0; i < 5000 && !lja.receiving; i++) {
      net.step();
      await new Promise((ok) => setTimeout(ok, 0));
    }
    expect(lja.receiving).toBe(true);
    net.held.add(ca);
    const [lbj, ljb] = connect(net, b, j, key, key, undefined, false);
    await net.settle(() => ljb.state === 'open' && b.sync.isSynced(lbj));
    await net.flush();
    // Before T39, J's step 1 on the new link said it had nothing, and B sent the whole meeting too.
    expect(lbj.docBytesOut).toBeLessThan(size / 10);
    net.held.delete(ca);
    await net.settle(() => j.doc.getMap('cards').size === 2000);
    await net.flush();
    expect(j.doc.getMap('cards').size).toBe(2000);
    expect(laj.docBytesOut).toBeGreaterThan(size);
    // Before T39, J's step 1 on the new link said it had nothing, and B sent the whole meeting too.
    expect(lbj.docBytesOut).toBeLessThan(size / 10);
  });

  it('T14: updates are not echoed back to the link they came from', async () => {
    const net = new MemoryNet(seeded(9));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b] = [device(), device()];
    const [la, lb] = connect(net, a, b, key);
    await net.settle(() => a.sync.isSynced(la) && b.sync.isSynced(lb));
    await net.flush();
    const before = net.delivered;
    a.doc.getMap('cards').set('x', 1);
    await net.flush();
    // One update frame A->B; B does not send it back.
    expect(net.delivered - before).toBe(1);
  });

  it('T14: a catch-up (sync step 2) is not sent back to the link it came from', async () => {
    const net = new MemoryNet(seeded(10));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b] = [device(), device()];
    a.doc.transact(() => {
      for (let i = 0; i < 300; i++) a.doc.getMap('cards').set(`card-${i}`, `Acuerdo ${i} del colectivo sobre la lectura en voz alta`);
    });
    const size = Y.encodeStateAsUpdate(a.doc).length;
    const [la, lb] = connect(net, a, b, key);
    await net.settle(() => a.sync.isSynced(la) && b.sync.isSynced(lb) && b.doc.getMap('cards').size === 300);
    await net.flush();
    expect(la.docBytesOut).toBeGreaterThan(size);
    // B's step 1, its empty step 2, presence and state vectors: nothing of A's state goes back.
    expect(lb.docBytesOut).toBeLessThan(size / 10);
  });

  it('T1: joiners with none of the state get the whole state encoded once, never one older than the document', async () => {
    const net = new MemoryNet(seeded(12));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const a = device();
    const cardsOf = (d: Device) => JSON.stringify(Object.entries(d.doc.getMap('cards').toJSON()).sort());
    a.doc.transact(() => {
      for (let i = 0; i < 200; i++) a.doc.getMap('cards').set(`card-${i}`, `Acuerdo ${i}`);
    });
    a.doc.getMap('cards').delete('card-7');
    a.sync.whole.prepare();
    const join = async () => {
      const d = device();
      // Its own bit of the document (as a joiner's meeting id): A has none of it, so still "none of A's".
      d.doc.getMap('meta').set('id', MEETING);
      const [la, ld] = connect(net, a, d, key);
      await net.settle(() => a.sync.isSynced(la) && d.sync.isSynced(ld) && cardsOf(d) === cardsOf(a));
      return d;
    };
    const b = await join();
    expect(cardsOf(b)).toBe(cardsOf(a));
    expect(a.sync.whole.reused).toBe(1);
    // A change after it was encoded (a deletion moves no state vector) reaches the next joiner.
    a.doc.getMap('cards').delete('card-8');
    a.doc.getMap('cards').set('nueva', 'después');
    const c = await join();
    expect(c.doc.getMap('cards').has('card-8')).toBe(false);
    expect(c.doc.getMap('cards').get('nueva')).toBe('después');
    expect(cardsOf(c)).toBe(cardsOf(a));
    expect(a.sync.whole.reused).toBe(1);
    // Each joiner's own bit changed A's document too: prepared again, as after a new invitation.
    a.sync.whole.prepare();
    expect(cardsOf(await join())).toBe(cardsOf(a));
    expect(a.sync.whole.reused).toBe(2);
  });

  it('T1: a document far over 256 KiB (5,000 entries) arrives whole, with progress', async () => {
    const net = new MemoryNet(seeded(11));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b] = [device(), device()];
    a.doc.transact(() => {
      for (let i = 0; i < 5000; i++)
        a.doc.getMap('cards').set(`card-${i}`, `Práctica número ${i}: lectura en voz alta con los alumnos de tercer grado`);
    });
    expect(Y.encodeStateAsUpdate(a.doc).length).toBeGreaterThan(256 * 1024);
    const [, lb] = connect(net, a, b, key, key, undefined, false);
    const progress: number[] = [];
    lb.on('progress', (r, t) => progress.push(r / t));
    await net.settle(() => b.doc.getMap('cards').size === 5000);
    expect(b.doc.getMap('cards').size).toBe(5000);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toBe(1);
  });

  it('T8, T10: a device with the wrong secret is refused and learns nothing', async () => {
    const net = new MemoryNet(seeded(5));
    const [a, intruder] = [device(), device()];
    a.doc.getMap('cards').set('secret', 'solo para la sala');
    const [la, lb] = connect(
      net,
      a,
      intruder,
      await deriveRoomKey(newRoomSecret(), MEETING),
      await deriveRoomKey(newRoomSecret(), MEETING),
    );
    await net.flush();
    await vi.waitFor(() => expect([la.state, lb.state]).toEqual(['closed', 'closed']));
    expect(la.counts.refused + lb.counts.refused).toBeGreaterThan(0);
    expect(intruder.doc.getMap('cards').size).toBe(0);
  });

  it('T8: frames before the hello opens are not applied', async () => {
    const net = new MemoryNet(seeded(6));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b] = [device(), device()];
    const [ca, cb] = net.pair();
    const lb = new TestLink(cb, { key, localPeer: b.peer, remotePeer: a.peer });
    net.track(lb);
    b.sync.addLink(lb);
    // A raw sender that never says hello but sends a doc message.
    const { Chunker } = await import('../../../src/sync/framing');
    const enc = await import('lib0/encoding');
    const e = enc.createEncoder();
    enc.writeVarUint(e, 2);
    enc.writeVarString(e, MEETING);
    enc.writeVarUint(e, 0);
    const upd = enc.createEncoder();
    enc.writeVarUint(upd, 2);
    const other = new Y.Doc();
    other.getMap('cards').set('forged', true);
    enc.writeVarUint8Array(upd, Y.encodeStateAsUpdate(other));
    enc.writeVarUint8Array(e, enc.toUint8Array(upd));
    for (const f of new Chunker().split(enc.toUint8Array(e))) ca.send(f);
    await net.flush();
    expect(lb.counts.unauthenticated).toBe(1);
    expect(b.doc.getMap('cards').size).toBe(0);
  });

  it('T15: awareness travels along the tree and leaves when its link closes', async () => {
    const net = new MemoryNet(seeded(8));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b, c] = [device(), device(), device()];
    // As the session publishes them: with the device's peer id, which tells B whose link closed.
    a.awareness.setLocalState({ peer: a.peer, user: { school: 'Escuela A', person: 'Ana' } });
    c.awareness.setLocalState({ peer: c.peer, user: { school: 'Escuela C', person: 'Carlos' } });
    const [, lba] = connect(net, a, b, key);
    connect(net, b, c, key);
    await net.settle(() => c.awareness.getStates().has(a.doc.clientID) && a.awareness.getStates().has(c.doc.clientID));
    expect(c.awareness.getStates().get(a.doc.clientID)).toMatchObject({ user: { person: 'Ana' } });
    expect(a.awareness.getStates().get(c.doc.clientID)).toMatchObject({ user: { person: 'Carlos' } });
    lba.close();
    await net.flush();
    expect(b.awareness.getStates().has(a.doc.clientID)).toBe(false);
  });

  it('T15: a second link to the same peer keeps its presence when the first closes', async () => {
    const net = new MemoryNet(seeded(33));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b] = [device(), device()];
    b.awareness.setLocalState({ peer: b.peer, user: { school: 'Escuela B', person: 'Beto' } });
    const [first] = connect(net, a, b, key);
    await net.settle(() => a.awareness.getStates().has(b.doc.clientID));
    // A second link to B (a duplicate, or one opening as the first goes), then the first closes
    // before the second has carried B's presence.
    connect(net, a, b, key);
    first.close();
    await net.flush();
    await net.flush();
    // Removed, B's presence would not come back on the second link: the same clock is ignored.
    expect(a.awareness.getStates().get(b.doc.clientID)).toMatchObject({ user: { person: 'Beto' } });
  });

  it('T14: a device that drops mid-transfer and comes back converges with everyone', async () => {
    const net = new MemoryNet(seeded(12));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b, c] = [device(), device(), device()];
    a.doc.transact(() => {
      for (let i = 0; i < 3000; i++) a.doc.getMap('cards').set(`k${i}`, `tarjeta ${i} con algo de texto para que pese`);
    });
    const [lab] = connect(net, a, b, key);
    connect(net, b, c, key);
    for (let i = 0; i < 30; i++) net.step();
    lab.close();
    c.doc.getMap('cards').set('c', 'de C mientras tanto');
    await net.flush();
    connect(net, a, b, key);
    await net.settle(() => same([a.doc, b.doc, c.doc]) && b.doc.getMap('cards').size === 3001);
    expect(b.doc.getMap('cards').size).toBe(3001);
    expect(same([a.doc, b.doc, c.doc])).toBe(true);
  });
});

describe('link send queue (T7)', () => {
  it('T7: signaling overtakes a large document message on the same link and both arrive', async () => {
    const net = new MemoryNet(seeded(21));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b] = [device(), device()];
    a.doc.transact(() => {
      for (let i = 0; i < 4000; i++) a.doc.getMap('cards').set(`k${i}`, `tarjeta ${i} con texto suficiente para ocupar espacio`);
    });
    const [la, lb] = connect(net, a, b, key, key, 64 * 1024, false);
    const order: string[] = [];
    lb.on('signal', () => order.push(`signal@${b.doc.getMap('cards').size}`));
    // Let the hellos cross and the first sync start flowing, then send a signal envelope.
    for (let i = 0; i < 12; i++) {
      net.step();
      await new Promise((ok) => setTimeout(ok, 0));
    }
    la.sendSignal(await seal(key, new Uint8Array([1, 2, 3])));
    await net.settle(() => b.doc.getMap('cards').size === 4000);
    expect(b.doc.getMap('cards').size).toBe(4000);
    expect(order).toEqual(['signal@0']);
    expect(lb.counts.replay + lb.counts.malformed + lb.counts.inconsistent).toBe(0);
  });
});
