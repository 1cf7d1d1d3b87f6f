// An in-memory network for sync tests, after yjs's test connector: each channel delivers its frames
// in order, but which channel delivers next is random, and links can be cut at any moment.
import type { Channel } from '../../src/sync/channel';

interface End {
  inbox: Uint8Array[];
  /** Bytes sitting in this end's inbox: the sender's bufferedAmount, as in a browser. */
  inboxBytes: number;
  onDrain?: () => void;
  peer?: End;
  onMessage?: (f: Uint8Array) => void;
  onClose: (() => void)[];
  open: boolean;
}

export class MemoryNet {
  private readonly ends: End[] = [];
  /** Objects with async work in flight (links opening sealed hellos) that flush waits for. */
  private readonly busy: { settled(): Promise<void> }[] = [];
  delivered = 0;
  /** Bytes handed to every channel (what the Wi-Fi would carry, before UDP/SCTP overhead). */
  bytes = 0;
  /** Frames swallowed by `lose` (a message lost on the way, as when a link dies under it). */
  lost = 0;
  /** Returns true for a frame to lose instead of delivering it (`from`: the sending channel). */
  lose: ((frame: Uint8Array, from: Channel) => boolean) | null = null;
  /** Channels whose sent frames wait in the receiver's inbox (a slow path), until removed. */
  readonly held = new Set<Channel>();
  /** The channel whose frames fill each inbox. */
  private readonly senders = new Map<End, Channel>();
  constructor(private readonly random: () => number) {}

  pair(): [Channel, Channel] {
    const a: End = { inbox: [], inboxBytes: 0, onClose: [], open: true };
    const b: End = { inbox: [], inboxBytes: 0, onClose: [], open: true };
    a.peer = b;
    b.peer = a;
    this.ends.push(a, b);
    const make = (self: End, other: End): Channel => {
      const channel: Channel = {
        send: (f) => {
          if (!self.open) throw new Error('closed');
          this.bytes += f.length;
          if (this.lose?.(f, channel)) {
            this.lost += 1;
            return;
          }
          other.inbox.push(f.slice());
          other.inboxBytes += f.length;
        },
        close: () => {
          for (const e of [self, other]) {
            if (!e.open) continue;
            e.open = false;
            e.inbox.length = 0;
            e.onClose.forEach((cb) => cb());
          }
        },
        bufferedAmount: () => other.inboxBytes,
        isOpen: () => self.open,
        onMessage: (cb) => {
          self.onMessage = cb;
        },
        onClose: (cb) => {
          self.onClose.push(cb);
        },
        onDrain: (cb) => {
          self.onDrain = cb;
        },
      };
      this.senders.set(other, channel);
      return channel;
    };
    return [make(a, b), make(b, a)];
  }

  /** Delivers one frame from a random non-empty inbox; false when everything is delivered. */
  step(): boolean {
    const ready = this.ends.filter((e) => e.open && e.inbox.length > 0 && !this.held.has(this.senders.get(e)!));
    if (!ready.length) return false;
    const end = ready[Math.floor(this.random() * ready.length)]!;
    const frame = end.inbox.shift()!;
    end.inboxBytes -= frame.length;
    this.delivered += 1;
    end.onMessage?.(frame);
    // The sender's queue drained below the browser's low-water mark (256 KiB).
    if (end.inboxBytes < 256 * 1024) end.peer?.onDrain?.();
    return true;
  }

  /**
   * Delivers until quiet, letting async work (WebCrypto, handler chains) run between frames:
   * quiet = nothing to deliver after every tracked link has settled, three times in a row.
   */
  async flush(): Promise<void> {
    for (let idle = 0; idle < 3;) {
      if (this.step()) idle = 0;
      else {
        idle += 1;
        await Promise.all(this.busy.map((b) => b.settled()));
        await new Promise((ok) => setTimeout(ok, 5));
      }
    }
  }

  /**
   * Flushes until `done()` holds or 50 flushes pass. A loaded machine can starve WebCrypto long
   * enough for one flush to look quiet; the caller's assertion still decides pass or fail.
   */
  async settle(done: () => boolean): Promise<void> {
    for (let i = 0; i < 50 && !done(); i++) await this.flush();
  }

  track(...items: { settled(): Promise<void> }[]): void {
    this.busy.push(...items);
  }
}

/** The suite's seeded random source (tests/helpers/random.ts), under the name these tests use. */
export { seededRng as seeded } from './random';
