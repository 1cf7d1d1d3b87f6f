// Anti-entropy (T29): no single lost message can stall a room. Neighbours tell each other their
// state vectors; one that stays behind or ahead for a few seconds gets a repair by itself.
import { describe, expect, it, vi } from 'vitest';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { AE_AFTER_MS } from '../../../src/sync/docSync';
import { MemoryNet, seeded } from '../../helpers/memoryNet';
import { cards, channelOf, isUpdateFrame, link, meshDevice, MEETING } from '../../helpers/syncMesh';

describe('anti-entropy (T29)', () => {
  it('T29: an update lost on its only link arrives anyway within seconds, repaired by state vectors', async () => {
    const net = new MemoryNet(seeded(41));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b] = [meshDevice('A'), meshDevice('B')];
    const [la, lb] = link(net, key, a, b);
    await net.settle(() => a.sync.isSynced(la) && b.sync.isSynced(lb));
    net.lose = (f) => isUpdateFrame(f);
    const lostAt = Date.now();
    a.doc.getMap('cards').set('perdida', 'una tarjeta cuyo mensaje se pierde');
    await net.flush();
    net.lose = null;
    expect(net.lost).toBe(1);
    expect(cards(b)).toEqual([]);
    await vi.waitFor(
      async () => {
        await net.flush();
        expect(cards(b)).toEqual(['perdida']);
      },
      { timeout: 15_000, interval: 100 },
    );
    // Not before the gap had lasted AE_AFTER_MS: a state vector that lags a moment is not a gap.
    expect(Date.now() - lostAt).toBeGreaterThanOrEqual(AE_AFTER_MS - 100);
    expect(a.sync.repairs + b.sync.repairs).toBeGreaterThan(0);
  });

  it('T29, T31: in a full mesh, a lost update from the author is not forwarded by others, and is repaired', async () => {
    const net = new MemoryNet(seeded(42));
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const devices = ['A', 'B', 'C', 'D'].map(meshDevice);
    const [a, , c] = devices;
    for (let i = 0; i < devices.length; i++) for (let j = i + 1; j < devices.length; j++) link(net, key, devices[i]!, devices[j]!);
    // Everyone hears everyone (pings): forwarding then leaves A's updates to A.
    await vi.waitFor(
      async () => {
        await net.flush();
        for (const d of devices) for (const p of d.links.keys()) expect(d.neighbours.linkedTo(p).size).toBe(2);
      },
      { timeout: 10_000, interval: 50 },
    );
    // Lose A's update on its way to C only.
    const sent = a!.links.get(c!.peer)!;
    const toC = channelOf.get(sent);
    net.lose = (f, from) => from === toC && isUpdateFrame(f);
    const before = sent.bytesOut;
    a!.doc.getMap('cards').set('x', 'de A');
    expect(sent.bytesOut).toBeGreaterThan(before);
    net.lose = null;
    await net.flush();
    expect(net.lost).toBe(1);
    expect(cards(c!)).toEqual([]);
    for (const d of devices) if (d !== c) expect(cards(d)).toEqual(['x']);
    await vi.waitFor(
      async () => {
        await net.flush();
        expect(cards(c!)).toEqual(['x']);
      },
      { timeout: 15_000, interval: 100 },
    );
  });
});
