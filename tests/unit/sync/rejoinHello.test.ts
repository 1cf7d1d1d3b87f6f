// R5: the returning device learns the scanner's current peer id from the scanner's sealed hello,
// and the link built on the replayed channel authenticates as on any other link (T8). A hello
// sealed with another key, or addressed to another device, yields nothing.
import { describe, expect, it, vi } from 'vitest';
import type { Channel } from '../../../src/sync/channel';
import { deriveRoomKey, newRoomSecret, type RoomKey } from '../../../src/sync/crypto';
import { newPeerId } from '../../../src/sync/envelope';
import { DOC_SYNC, Link } from '../../../src/sync/link';
import { TestLink } from '../../helpers/testLink';
import { readFirstHello } from '../../../src/sync/rejoinHello';

const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';

/** Two channel ends; frames arrive asynchronously and in order, as on a data channel. */
function pipe(): [Channel, Channel] {
  const subs: ((f: Uint8Array) => void)[][] = [[], []];
  const closes: (() => void)[][] = [[], []];
  let open = true;
  const end = (self: number): Channel => ({
    send: (f) => {
      const copy = f.slice();
      setTimeout(() => subs[1 - self]!.forEach((cb) => cb(copy)), 0);
    },
    close: () => {
      if (!open) return;
      open = false;
      closes.flat().forEach((cb) => cb());
    },
    bufferedAmount: () => 0,
    isOpen: () => open,
    onMessage: (cb) => void subs[self]!.push(cb),
    onClose: (cb) => void closes[self]!.push(cb),
    onDrain: () => undefined,
  });
  return [end(0), end(1)];
}

const opened = (link: Link) =>
  new Promise<boolean>((ok) => {
    if (link.state === 'open') return ok(true);
    link.on('open', () => ok(true));
    link.on('close', () => ok(false));
  });

async function scenario(scannerKey: RoomKey, returningKey: RoomKey, addressedTo?: string) {
  const returning = newPeerId();
  const scanner = newPeerId();
  const [toReturning, toScanner] = pipe();
  const scannerLink = new TestLink(toScanner, { key: scannerKey, localPeer: scanner, remotePeer: addressedTo ?? returning });
  const hello = await readFirstHello(toReturning, returningKey, returning, 2000);
  return { hello, scanner, returning, scannerLink };
}

describe('first hello on a rejoin connection (R5)', () => {
  it('R5: names the scanner, and the link on the replayed channel authenticates both ways', async () => {
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const { hello, scanner, returning, scannerLink } = await scenario(key, key);
    expect(hello?.peer).toBe(scanner);
    const returningLink = new TestLink(hello!.channel, { key, localPeer: returning, remotePeer: hello!.peer });
    expect(await opened(returningLink)).toBe(true);
    expect(await opened(scannerLink)).toBe(true);
    expect(returningLink.counts.refused + scannerLink.counts.refused).toBe(0);
    returningLink.close();
    scannerLink.close();
  });

  it("R5, T8: the scanner's sync step 1 right behind its hello is kept for the link, not taken for a missing hello", async () => {
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const returning = newPeerId();
    const scanner = newPeerId();
    const [toReturning, toScanner] = pipe();
    const step1 = new Uint8Array([0, 0]);
    const scannerLink = new TestLink(toScanner, { key, localPeer: scanner, remotePeer: returning });
    scannerLink.on('hello', () => scannerLink.sendDoc(MEETING, DOC_SYNC, step1, true));
    const hello = await readFirstHello(toReturning, key, returning, 2000);
    expect(hello?.peer).toBe(scanner);
    const returningLink = new TestLink(hello!.channel, { key, localPeer: returning, remotePeer: scanner });
    const docs: Uint8Array[] = [];
    returningLink.on('doc', (_id, _sub, body) => docs.push(body));
    expect(await opened(returningLink)).toBe(true);
    await vi.waitFor(() => expect(docs).toEqual([step1]));
    expect(returningLink.counts.unauthenticated).toBe(0);
    returningLink.close();
    scannerLink.close();
  });

  it('R5, T8: a hello sealed with another room key, or addressed to another device, yields nothing', async () => {
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const outsider = await deriveRoomKey(newRoomSecret(), MEETING);
    for (const s of [await scenario(outsider, key), await scenario(key, key, newPeerId())]) {
      expect(s.hello).toBeNull();
      s.scannerLink.close();
    }
  });

  it('R5: a channel that closes, or stays silent, yields nothing', async () => {
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [a, b] = pipe();
    const closed = readFirstHello(a, key, newPeerId(), 2000);
    b.close();
    expect(await closed).toBeNull();
    const [c] = pipe();
    expect(await readFirstHello(c, key, newPeerId(), 50)).toBeNull();
  });
});
