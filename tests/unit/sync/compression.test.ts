// T37: large document messages go deflated between peers that both speak room protocol 2, plain
// to an older peer, in the order they were sent; a deflated message that lies about its size or
// is not deflate data is dropped and counted, and nothing of it is applied. Real links with real
// room keys and hellos over the in-memory network; real CompressionStream (Node's).
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { deflate } from '../../../src/sync/compress';
import { DocPacker } from '../../../src/sync/docPacker';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { COMPRESS_MIN, plainDocMessage, unpackDocMessage } from '../../../src/sync/docMessage';
import { newPeerId } from '../../../src/sync/envelope';
import { Chunker } from '../../../src/sync/framing';
import { MSG_DOC_Z } from '../../../src/sync/linkKinds';
import type { HelloVersion } from '../../../src/domain/protocolVersion';
import { MemoryNet, seeded } from '../../helpers/memoryNet';
import { link, meshDevice, type MeshDevice } from '../../helpers/syncMesh';
import { TestLink } from '../../helpers/testLink';

const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';
const text = (n: number) => new TextEncoder().encode(Array.from({ length: n }, (_, i) => `tarjeta ${i} de lectura; `).join(''));

async function linked(versionB?: HelloVersion | null) {
  const net = new MemoryNet(seeded(37));
  const key = await deriveRoomKey(newRoomSecret(), MEETING);
  const [pa, pb] = [newPeerId(), newPeerId()];
  const [ca, cb] = net.pair();
  const la = new TestLink(ca, { key, localPeer: pa, remotePeer: pb });
  const lb = new TestLink(cb, { key, localPeer: pb, remotePeer: pa, version: versionB });
  net.track(la, lb);
  const got: [string, number, Uint8Array][] = [];
  lb.on('doc', (id, sub, body) => got.push([id, sub, body]));
  await net.settle(() => la.state === 'open' && lb.state === 'open');
  return { net, la, lb, ca, got };
}

/** A compressed document message as a peer could forge it: `declared` plain bytes, then `z`. */
function zMessage(declared: number, z: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MSG_DOC_Z);
  encoding.writeVarUint(enc, declared);
  encoding.writeUint8Array(enc, z);
  return encoding.toUint8Array(enc);
}

describe('T37: large document messages deflated on the link', { timeout: 20_000 }, () => {
  it('between two current builds a large message arrives whole in far fewer bytes, and in order with a small one', async () => {
    const { net, la, got } = await linked();
    const big = text(20_000);
    const before = la.bytesOut;
    la.sendDoc(MEETING, 0, big);
    la.sendDoc(MEETING, 3, new Uint8Array([9, 9]));
    await net.settle(() => got.length === 2);
    expect(got.map(([, sub]) => sub)).toEqual([0, 3]);
    expect(got[0]![2]).toEqual(big);
    const plain = plainDocMessage(MEETING, 0, big).length;
    expect(la.docBytesOut).toBeGreaterThanOrEqual(plain);
    expect(la.bytesOut - before).toBeLessThan(plain / 4);
  });

  it('to a peer that speaks only protocol 1 the same message goes plain', async () => {
    const { net, la, lb, got } = await linked({ p: 1, o: 1, app: '0.1.0' });
    expect(la.version).toEqual({ ok: true, protocol: 1 });
    const big = text(20_000);
    const before = la.bytesOut;
    la.sendDoc(MEETING, 0, big);
    await net.settle(() => got.length === 1);
    expect(got[0]![2]).toEqual(big);
    expect(la.bytesOut - before).toBeGreaterThanOrEqual(big.length);
    expect(lb.counts.malformed).toBe(0);
  });

  it('a small message is not deflated', async () => {
    const { net, la, got } = await linked();
    const small = text(10).subarray(0, COMPRESS_MIN / 2);
    const before = la.bytesOut;
    la.sendDoc(MEETING, 0, small);
    await net.settle(() => got.length === 1);
    expect(la.bytesOut - before).toBeGreaterThan(small.length);
  });

  it('a forged deflated message (a bomb, a false size, garbage) is dropped and counted; the link goes on', async () => {
    const { net, lb, ca, got } = await linked();
    // The sender's own numbering is far below this, so these frames are not replays (T4).
    const chunker = new Chunker();
    for (let i = 0; i < 5000; i++) chunker.split(new Uint8Array(0));
    const inner = plainDocMessage(MEETING, 0, new Uint8Array(1_000_000));
    const forged = [
      zMessage(1000, await deflate(inner)), // inflates far past what it declares
      zMessage(inner.length + 1, await deflate(inner)), // one byte short of its declaration
      zMessage(500, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8])), // not deflate data
      zMessage(5, await deflate(new Uint8Array([7, 1, 2, 3, 4]))), // not a document message inside
      zMessage(2 ** 40, new Uint8Array(4)), // declares more than any message may be (T5)
    ];
    for (const m of forged) for (const f of chunker.split(m)) ca.send(f);
    await net.flush();
    expect(got).toEqual([]);
    expect(lb.counts.malformed).toBe(forged.length);
    expect(lb.state).toBe('open');
    // A genuine deflated message after them is applied (numbered after the forged ones).
    const good = plainDocMessage(MEETING, 0, text(20_000));
    for (const f of chunker.split(zMessage(good.length, await deflate(good)))) ca.send(f);
    await net.settle(() => got.length === 1);
    expect(got.map(([, , body]) => body)).toEqual([text(20_000)]);
  });

  it('unpack stops inflating at the declared size', async () => {
    const z = await deflate(plainDocMessage(MEETING, 0, new Uint8Array(8 * 1024 * 1024)));
    const dec = decoding.createDecoder(zMessage(64 * 1024, z));
    decoding.readVarUint(dec);
    expect(await unpackDocMessage(dec, 64 * 1024 * 1024)).toBeNull();
  });

  it('one update sent to three neighbours is deflated once, and each link still counts its own bytes', async () => {
    const net = new MemoryNet(seeded(7));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    let deflates = 0;
    const packer = new DocPacker((bytes) => {
      deflates += 1;
      return deflate(bytes);
    });
    // A star: B, C and D hear only A, so A's own change goes to all three at once (T31).
    const [a, ...others] = ['A', 'B', 'C', 'D'].map(meshDevice) as [MeshDevice, ...MeshDevice[]];
    const links = others.map((o) => link(net, key, a, o, 60_000, { compress: true, packer })[0]);
    await net.settle(() => others.every((o) => a.sync.isSynced(links[others.indexOf(o)]!) && o.links.size === 1));
    const before = links.map((l) => [l.bytesOut, l.docBytesOut] as const);
    deflates = 0;
    a.doc.transact(() => {
      for (let i = 0; i < 1500; i++) a.doc.getMap('cards').set(`c${i}`, `Tarjeta ${i}: ${String(i * 7919).repeat(3)} lectura en voz alta`);
    });
    await net.settle(() => others.every((o) => o.doc.getMap('cards').size === 1500));
    for (const o of others) expect(o.doc.getMap('cards').toJSON()).toEqual(a.doc.getMap('cards').toJSON());
    expect(deflates).toBe(1);
    links.forEach((l, i) => {
      const [wire, plain] = [l.bytesOut - before[i]![0], l.docBytesOut - before[i]![1]];
      // Every link counts the plain copy it was handed (T31) and the deflated bytes it put on the wire.
      expect(plain).toBeGreaterThan(30_000);
      expect(wire).toBeLessThan(plain / 2);
    });
  });
});
