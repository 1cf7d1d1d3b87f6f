// Forwarding only where needed (T31): the room's Wi-Fi carries one update about once per
// receiving device. Measured in bytes handed to the channels by every device.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { MemoryNet, seeded } from '../../helpers/memoryNet';
import { bytesOut, cards, link, meshDevice, MEETING, type MeshDevice } from '../../helpers/syncMesh';

async function fullMesh(n: number, seed: number) {
  const net = new MemoryNet(seeded(seed));
  const key = await deriveRoomKey(newRoomSecret(), MEETING);
  const devices = Array.from({ length: n }, (_, i) => meshDevice(String.fromCharCode(65 + i)));
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) link(net, key, devices[i]!, devices[j]!);
  await vi.waitFor(
    async () => {
      await net.flush();
      for (const d of devices) for (const p of d.links.keys()) expect(d.neighbours.linkedTo(p).size).toBe(n - 2);
    },
    { timeout: 10_000, interval: 50 },
  );
  return { net, devices };
}

function write(d: MeshDevice, prefix: string, count: number): number {
  let size = 0;
  const measure = (u: Uint8Array) => (size += u.length);
  d.doc.on('update', measure);
  d.doc.transact(() => {
    for (let i = 0; i < count; i++)
      d.doc.getMap('cards').set(`${prefix}${i}`, `Tarjeta ${i} de ${d.name}: acuerdos del colectivo sobre la lectura en voz alta`);
  });
  d.doc.off('update', measure);
  return size;
}

describe('forwarding only where needed (T31)', () => {
  for (const n of [4, 6]) {
    it(`T31: with ${n} devices in a full mesh, one large update costs at most 1.5x one copy per receiver`, async () => {
      const { net, devices } = await fullMesh(n, 50 + n);
      const before = bytesOut(devices);
      const size = write(devices[1]!, 'b', 1500);
      expect(size).toBeGreaterThan(100 * 1024);
      await net.settle(() => devices.every((d) => d.doc.getMap('cards').size === 1500));
      await net.flush();
      for (const d of devices) expect(d.doc.getMap('cards').size).toBe(1500);
      const ratio = (bytesOut(devices) - before) / ((n - 1) * size);
      // Flooding sent (n-1)² copies (ratio n-1); pings and state vectors are a few bytes more.
      expect(ratio).toBeGreaterThanOrEqual(1);
      expect(ratio).toBeLessThanOrEqual(1.5);
      expect(devices.reduce((s, d) => s + d.sync.notForwarded, 0)).toBeGreaterThanOrEqual((n - 1) * (n - 2));
    });
  }

  it('T31, T14: in a line (A-B-C) the middle device still forwards, and edits from every side reach all', async () => {
    const net = new MemoryNet(seeded(61));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b, c] = ['A', 'B', 'C'].map(meshDevice) as [MeshDevice, MeshDevice, MeshDevice];
    link(net, key, a, b);
    link(net, key, b, c);
    await vi.waitFor(
      async () => {
        await net.flush();
        expect(b.neighbours.linkedTo(a.peer).size + b.neighbours.linkedTo(c.peer).size).toBe(0);
        expect(a.neighbours.linkedTo(b.peer).has(c.peer)).toBe(true);
      },
      { timeout: 10_000, interval: 50 },
    );
    a.doc.getMap('cards').set('a', 1);
    c.doc.getMap('cards').set('c', 1);
    await net.settle(() => [a, b, c].every((d) => cards(d).length === 2));
    for (const d of [a, b, c]) expect(cards(d)).toEqual(['a', 'c']);
    expect(Y.encodeStateVector(a.doc)).toEqual(Y.encodeStateVector(c.doc));
  });
});
