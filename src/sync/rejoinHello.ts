// The returning device does not know the current peer id of the device that scanned its rejoin
// code (peer ids are new every session), and a link's hello must name both ends (T8). So on a
// rejoin connection it reads the scanner's hello first (the scanner knows the returning device's
// peer id from the code and speaks first), checks it with the room key, and hands the link a
// channel that replays that frame: the link then authenticates it exactly as on any other link.
import * as decoding from 'lib0/decoding';
import type { Channel } from './channel';
import type { RoomKey } from './crypto';
import { ENVELOPE_WINDOW_MS, openEnvelope, PeerIdSchema, type PeerId } from './envelope';
import { Reassembler } from './framing';
import { MSG_HELLO } from './link';

const HELLO_MAX_BYTES = 4096;

/** A channel whose first frames were already read: they are delivered again, then live ones. */
function replaying(base: Channel, buffered: Uint8Array[], subscribe: (cb: (f: Uint8Array) => void) => void): Channel {
  return {
    send: (f) => base.send(f),
    close: () => base.close(),
    bufferedAmount: () => base.bufferedAmount(),
    isOpen: () => base.isOpen(),
    onMessage: (cb) => {
      queueMicrotask(() => {
        for (const f of buffered.splice(0)) cb(f);
        subscribe(cb);
      });
    },
    onClose: (cb) => base.onClose(cb),
    onDrain: (cb) => base.onDrain(cb),
  };
}

/**
 * Waits for the peer's sealed hello addressed to `localPeer`. Resolves with the peer's id and
 * the channel to build its link on, or null (timeout, close, anything that is not such a hello).
 */
export function readFirstHello(
  base: Channel,
  key: RoomKey,
  localPeer: PeerId,
  timeoutMs = 10_000,
): Promise<{ peer: PeerId; channel: Channel } | null> {
  const buffered: Uint8Array[] = [];
  let target: ((f: Uint8Array) => void) | null = null;
  let settled = false;
  return new Promise((ok) => {
    const finish = (result: { peer: PeerId; channel: Channel } | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      ok(result);
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    // Only the first message is the hello; what follows it (the scanner's sync step 1 goes right
    // behind its hello, T8) is buffered for the link, and must not be taken for a missing hello.
    let first = true;
    const reassembler = new Reassembler({
      maxMessageBytes: HELLO_MAX_BYTES,
      onMessage: (message) => {
        if (!first) return;
        first = false;
        void check(message);
      },
    });
    const check = async (message: Uint8Array) => {
      if (settled) return;
      try {
        const dec = decoding.createDecoder(message);
        if (decoding.readVarUint(dec) !== MSG_HELLO) return finish(null);
        const env = await openEnvelope(key, decoding.readVarUint8Array(dec));
        const peer = PeerIdSchema.safeParse(env?.from);
        if (!env || env.kind !== 'hello' || env.to !== localPeer || !peer.success || Math.abs(Date.now() - env.at) > ENVELOPE_WINDOW_MS) {
          return finish(null);
        }
        finish({
          peer: peer.data,
          channel: replaying(base, buffered, (cb) => {
            target = cb;
          }),
        });
      } catch {
        finish(null);
      }
    };
    base.onMessage((frame) => {
      if (target) return target(frame);
      buffered.push(frame);
      if (!settled) reassembler.push(frame);
    });
    base.onClose(() => finish(null));
  });
}
