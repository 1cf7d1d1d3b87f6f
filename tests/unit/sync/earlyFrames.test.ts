// T36: a frame can reach a data channel before anything listens to it. The channel opens, and
// the peer's hello arrives, in tasks that may run before the code awaiting setRemoteDescription
// resumes and builds its link; that hello was dispatched to no one and the pairing failed after
// 10 s on the host while the joiner said "Dispositivo conectado" (1 pairing in ~50 in the sync
// bench). RTCDataChannel is a browser object; here a stand-in with its event surface carries the
// frames, and the links on top are the app's own, with real room keys and hellos.
import { describe, expect, it } from 'vitest';
import { fromDataChannel, holdEarlyFrames } from '../../../src/sync/channel';
import { deriveRoomKey, newRoomSecret } from '../../../src/sync/crypto';
import { newPeerId } from '../../../src/sync/envelope';
import { TestLink } from '../../helpers/testLink';

const MEETING = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e6f5a41';

/** The part of RTCDataChannel that channel.ts uses; `send` dispatches on the other end. */
class FakeDataChannel extends EventTarget {
  binaryType = 'blob';
  bufferedAmountLowThreshold = 0;
  bufferedAmount = 0;
  readyState = 'open';
  other: FakeDataChannel | null = null;
  send(frame: Uint8Array): void {
    const copy = frame.slice().buffer;
    queueMicrotask(() => this.other?.dispatchEvent(new MessageEvent('message', { data: copy })));
  }
  close(): void {
    this.readyState = 'closed';
  }
}

function pair(): [RTCDataChannel, RTCDataChannel] {
  const a = new FakeDataChannel();
  const b = new FakeDataChannel();
  a.other = b;
  b.other = a;
  return [a as unknown as RTCDataChannel, b as unknown as RTCDataChannel];
}

const frame = (n: number) => new Uint8Array([n]).buffer;

describe('frames before the link (T36)', () => {
  it('frames that came before anyone listened reach the first reader first, in order, then live ones', () => {
    const [dc] = pair();
    holdEarlyFrames(dc);
    dc.dispatchEvent(new MessageEvent('message', { data: frame(1) }));
    dc.dispatchEvent(new MessageEvent('message', { data: frame(2) }));
    const got: number[] = [];
    fromDataChannel(dc).onMessage((f) => got.push(f[0]!));
    dc.dispatchEvent(new MessageEvent('message', { data: frame(3) }));
    expect(got).toEqual([1, 2, 3]);
    // Held frames are handed over once: a second reader (the rejoin hands its channel on) gets live ones only.
    const later: number[] = [];
    fromDataChannel(dc).onMessage((f) => later.push(f[0]!));
    dc.dispatchEvent(new MessageEvent('message', { data: frame(4) }));
    expect(got).toEqual([1, 2, 3, 4]);
    expect(later).toEqual([4]);
  });

  it('a link built after the peer’s hello arrived still opens', async () => {
    const key = await deriveRoomKey(newRoomSecret(), MEETING);
    const [hostEnd, joinerEnd] = pair();
    const host = newPeerId();
    const joiner = newPeerId();
    holdEarlyFrames(hostEnd);
    // The joiner's link is up first (it adopted its connection long before) and says hello.
    const joinerLink = new TestLink(fromDataChannel(joinerEnd), { key, localPeer: joiner, remotePeer: host });
    await joinerLink.settled();
    await new Promise((ok) => setTimeout(ok, 0)); // the hello is delivered to the host's channel
    // Only now does the host resume after setRemoteDescription and build its link.
    const hostLink = new TestLink(fromDataChannel(hostEnd), { key, localPeer: host, remotePeer: joiner });
    await hostLink.settled();
    await joinerLink.settled();
    expect(hostLink.state).toBe('open');
    expect(joinerLink.state).toBe('open');
    hostLink.close();
    joinerLink.close();
  });
});
