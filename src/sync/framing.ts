// Chunking of link messages into data-channel frames and their reassembly (rules T3-T6 in
// docs/SYNC-TRANSPORT.md). Browsers cap one data-channel message (Chromium 256 KiB, Firefox
// interop 16 KiB) and y-webrtc silently loses anything bigger, while a meeting's first sync is
// the whole document. Every frame here is at most FRAME_MAX bytes; the reassembler owns the
// partial messages of one link and never throws: a bad frame is dropped and counted.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export const FRAME_VERSION = 0xb1;
/** Hard cap of one frame on the wire (16 KiB works in every browser). */
export const FRAME_MAX = 16 * 1024;
/** Room left for the frame header (version + four varuints of at most 5 bytes each). */
const HEADER_MAX = 1 + 4 * 5;
export const CHUNK_PAYLOAD = FRAME_MAX - HEADER_MAX;

type DropReason = 'malformed' | 'oversize' | 'inconsistent' | 'duplicate' | 'replay' | 'timeout' | 'busy' | 'lost';

export type DropCounts = Record<DropReason, number>;

export function emptyDropCounts(): DropCounts {
  return { malformed: 0, oversize: 0, inconsistent: 0, duplicate: 0, replay: 0, timeout: 0, busy: 0, lost: 0 };
}

/** Splits messages into numbered frames; one instance per link direction (seq must rise). */
export class Chunker {
  private seq = 0;

  split(message: Uint8Array): Uint8Array[] {
    this.seq += 1;
    const count = Math.max(1, Math.ceil(message.length / CHUNK_PAYLOAD));
    const frames: Uint8Array[] = [];
    for (let index = 0; index < count; index++) {
      const enc = encoding.createEncoder();
      encoding.writeUint8(enc, FRAME_VERSION);
      encoding.writeVarUint(enc, this.seq);
      encoding.writeVarUint(enc, index);
      encoding.writeVarUint(enc, count);
      encoding.writeVarUint(enc, message.length);
      encoding.writeUint8Array(enc, message.subarray(index * CHUNK_PAYLOAD, (index + 1) * CHUNK_PAYLOAD));
      frames.push(encoding.toUint8Array(enc));
    }
    return frames;
  }
}

export interface ReassemblerOptions {
  /** Largest whole message accepted (declared size); bigger declarations are refused (T5). */
  maxMessageBytes?: number;
  /** Partial messages kept at once; more are refused (T5). */
  maxInFlight?: number;
  /** A partial message with no new frame for this long is discarded (T6). */
  timeoutMs?: number;
  /**
   * True for a message (seen by its first frame's body) that the sender starts only once every
   * earlier message has left whole: its arrival on an ordered channel means any earlier partial
   * message lost a frame and can be discarded at once (T6), instead of after `timeoutMs`.
   */
  startsAfterAll?: (firstBody: Uint8Array) => boolean;
  now?: () => number;
  onMessage: (message: Uint8Array) => void;
  onProgress?: (received: number, total: number) => void;
  onDrop?: (reason: DropReason) => void;
}

interface PartialMessage {
  count: number;
  total: number;
  received: number;
  /** The index the next frame must have: the channel is ordered, so a jump means a lost frame. */
  next: number;
  bytes: Uint8Array;
  seen: Uint8Array;
  lastAt: number;
}

const DEFAULT_MAX_MESSAGE = 64 * 1024 * 1024;

export class Reassembler {
  readonly dropped = emptyDropCounts();
  private readonly partials = new Map<number, PartialMessage>();
  /** Highest sequence number delivered; the sender numbers messages in order (T4). */
  private highestDelivered = 0;
  readonly maxMessageBytes: number;
  private readonly maxInFlight: number;
  private readonly timeoutMs: number;
  private readonly now: () => number;

  constructor(private readonly opts: ReassemblerOptions) {
    this.maxMessageBytes = opts.maxMessageBytes ?? DEFAULT_MAX_MESSAGE;
    this.maxInFlight = opts.maxInFlight ?? 4;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    this.now = opts.now ?? Date.now;
  }

  /** Bytes of partial messages still held: the link is receiving while above 0 (T29), bounded by T5. */
  get pendingBytes(): number {
    let n = 0;
    for (const p of this.partials.values()) n += p.total;
    return n;
  }

  push(frame: Uint8Array): void {
    this.sweep();
    if (!(frame instanceof Uint8Array) || frame.length > FRAME_MAX) return this.drop(frame?.length > FRAME_MAX ? 'oversize' : 'malformed');
    let seq: number, index: number, count: number, total: number, body: Uint8Array;
    try {
      const dec = decoding.createDecoder(frame);
      if (decoding.readUint8(dec) !== FRAME_VERSION) return this.drop('malformed');
      seq = decoding.readVarUint(dec);
      index = decoding.readVarUint(dec);
      count = decoding.readVarUint(dec);
      total = decoding.readVarUint(dec);
      body = frame.subarray(dec.pos);
    } catch {
      return this.drop('malformed');
    }
    if (seq < 1 || !Number.isSafeInteger(seq)) return this.drop('malformed');
    if (total > this.maxMessageBytes) return this.drop('oversize');
    const expectedCount = Math.max(1, Math.ceil(total / CHUNK_PAYLOAD));
    const expectedLen = index === expectedCount - 1 ? total - index * CHUNK_PAYLOAD : CHUNK_PAYLOAD;
    if (count !== expectedCount || index >= count || body.length !== expectedLen) return this.drop('inconsistent');
    if (seq <= this.highestDelivered && !this.partials.has(seq)) return this.drop('replay');

    let p = this.partials.get(seq);
    if (!p) {
      // Its first frames never came (the channel delivers in order): it can never complete.
      if (index !== 0) return this.discard(seq, 'lost');
      if (this.opts.startsAfterAll?.(body)) for (const older of this.partials.keys()) if (older < seq) this.discard(older, 'lost');
      if (this.partials.size >= this.maxInFlight) return this.drop('busy');
      p = { count, total, received: 0, next: 0, bytes: new Uint8Array(total), seen: new Uint8Array(count), lastAt: this.now() };
      this.partials.set(seq, p);
    } else if (p.count !== count || p.total !== total) {
      return this.drop('inconsistent');
    }
    if (p.seen[index]) return this.drop('duplicate');
    // A later frame before an earlier one: the earlier was lost on the way (T6).
    if (index > p.next) return this.discard(seq, 'lost');
    p.next = index + 1;
    p.seen[index] = 1;
    p.bytes.set(body, index * CHUNK_PAYLOAD);
    p.received += body.length;
    p.lastAt = this.now();
    if (p.received === p.total && p.seen.every((s) => s === 1)) {
      this.partials.delete(seq);
      this.highestDelivered = Math.max(this.highestDelivered, seq);
      this.opts.onProgress?.(p.total, p.total);
      this.opts.onMessage(p.bytes);
    } else if (p.count > 1) {
      this.opts.onProgress?.(p.received, p.total);
    }
  }

  /** Discards partial messages that stopped arriving (T6). Also runs on every push. */
  sweep(): void {
    const now = this.now();
    for (const [seq, p] of this.partials) {
      if (now - p.lastAt > this.timeoutMs) this.discard(seq, 'timeout');
    }
  }

  /** Gives up on a message: its partial goes, and its late frames count as replays. */
  private discard(seq: number, reason: 'timeout' | 'lost'): void {
    this.partials.delete(seq);
    this.highestDelivered = Math.max(this.highestDelivered, seq);
    this.drop(reason);
  }

  private drop(reason: DropReason): void {
    this.dropped[reason] += 1;
    this.opts.onDrop?.(reason);
  }
}
