// Fuzzed framing: random bytes, truncations, oversized declarations, duplicates and replays are
// dropped and counted, never thrown, and good messages still arrive whole (T3-T6).
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { seededRng as rng } from '../../helpers/random';
import { CHUNK_PAYLOAD, Chunker, FRAME_MAX, FRAME_VERSION, Reassembler } from '../../../src/sync/framing';

function randomMessage(r: () => number, size: number): Uint8Array {
  const m = new Uint8Array(size);
  for (let i = 0; i < size; i++) m[i] = Math.floor(r() * 256);
  return m;
}
function collect(opts: Partial<ConstructorParameters<typeof Reassembler>[0]> = {}) {
  const got: Uint8Array[] = [];
  const re = new Reassembler({ onMessage: (m) => got.push(m), ...opts });
  return { got, re };
}
function header(seq: number, index: number, count: number, total: number, body: Uint8Array) {
  const enc = encoding.createEncoder();
  encoding.writeUint8(enc, FRAME_VERSION);
  encoding.writeVarUint(enc, seq);
  encoding.writeVarUint(enc, index);
  encoding.writeVarUint(enc, count);
  encoding.writeVarUint(enc, total);
  encoding.writeUint8Array(enc, body);
  return encoding.toUint8Array(enc);
}

describe('framing (T3, T4)', () => {
  it('T3: every frame is at most 16 KiB and messages of any size reassemble byte for byte', () => {
    const r = rng(1);
    const chunker = new Chunker();
    const { got, re } = collect();
    const sizes = [0, 1, CHUNK_PAYLOAD - 1, CHUNK_PAYLOAD, CHUNK_PAYLOAD + 1, 300 * 1024, 1024 * 1024 + 7];
    const sent = sizes.map((n) => randomMessage(r, n));
    for (const m of sent) {
      for (const f of chunker.split(m)) {
        expect(f.length).toBeLessThanOrEqual(FRAME_MAX);
        re.push(f);
      }
    }
    expect(got.map((m) => m.length)).toEqual(sizes);
    got.forEach((m, i) => expect(Buffer.compare(m, sent[i]!)).toBe(0));
    expect(Object.values(re.dropped).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('T4: progress is reported while a multi-frame message arrives', () => {
    const progress: number[] = [];
    const { re } = collect({ onProgress: (got, total) => progress.push(got / total) });
    for (const f of new Chunker().split(new Uint8Array(5 * CHUNK_PAYLOAD))) re.push(f);
    expect(progress).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
  });
});

// Fuzzing is CPU-bound: on a loaded 2-core machine a run takes several seconds; time is not what these test.
describe('fuzzed input never throws (T5, T6)', { timeout: 30_000 }, () => {
  it('T5: random bytes are dropped and counted', () => {
    const r = rng(7);
    const { got, re } = collect();
    for (let i = 0; i < 5000; i++) expect(() => re.push(randomMessage(r, Math.floor(r() * 64)))).not.toThrow();
    const random = Object.values(re.dropped).reduce((a, b) => a + b, 0) + got.length;
    expect(random).toBe(5000);
    expect(re.dropped.malformed + re.dropped.inconsistent + re.dropped.oversize).toBeGreaterThan(4900);
  });

  it('T5: random frames with a valid version byte are dropped or, if well-formed by chance, bounded', () => {
    const r = rng(9);
    const { re } = collect({ maxMessageBytes: 1024 * 1024 });
    for (let i = 0; i < 5000; i++) {
      const f = randomMessage(r, 1 + Math.floor(r() * 40));
      f[0] = FRAME_VERSION;
      expect(() => re.push(f)).not.toThrow();
    }
    expect(re.pendingBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('T5: truncated frames are dropped; the untouched message still arrives', () => {
    const r = rng(3);
    const msg = randomMessage(r, 3 * CHUNK_PAYLOAD + 10);
    const frames = new Chunker().split(msg);
    const { got, re } = collect();
    for (const f of frames) {
      for (const cut of [0, 1, 2, 5, f.length - 1]) re.push(f.subarray(0, cut));
      re.push(f);
    }
    expect(got).toHaveLength(1);
    expect(Buffer.compare(got[0]!, msg)).toBe(0);
    expect(re.dropped.malformed + re.dropped.inconsistent).toBe(frames.length * 5);
  });

  it('T5: oversized declared sizes are refused before any memory is reserved', () => {
    const { got, re } = collect({ maxMessageBytes: 1024 * 1024 });
    re.push(header(1, 0, Math.ceil((2 * 1024 * 1024) / CHUNK_PAYLOAD), 2 * 1024 * 1024, new Uint8Array(CHUNK_PAYLOAD)));
    re.push(header(2, 0, 1, 2 ** 40, new Uint8Array(10)));
    const big = new Uint8Array(FRAME_MAX + 1);
    big[0] = FRAME_VERSION;
    re.push(big);
    expect(re.dropped.oversize).toBe(3);
    expect(re.pendingBytes).toBe(0);
    expect(got).toHaveLength(0);
  });

  it('T5: frames whose count, index or length disagree with the declared size are refused', () => {
    const { re } = collect();
    re.push(header(1, 0, 3, 10, new Uint8Array(10)));
    re.push(header(1, 1, 1, 10, new Uint8Array(10)));
    re.push(header(1, 0, 1, 10, new Uint8Array(9)));
    expect(re.dropped.inconsistent).toBe(3);
  });

  it('T5: duplicates inside a message and replays of finished messages are dropped', () => {
    const chunker = new Chunker();
    const a = chunker.split(new Uint8Array(2 * CHUNK_PAYLOAD + 1).fill(1));
    const b = chunker.split(new Uint8Array(5).fill(2));
    const { got, re } = collect();
    re.push(a[0]!);
    re.push(a[0]!);
    re.push(a[1]!);
    re.push(a[2]!);
    for (const f of a) re.push(f);
    re.push(b[0]!);
    re.push(b[0]!);
    expect(got).toHaveLength(2);
    expect(re.dropped.duplicate).toBe(1);
    expect(re.dropped.replay).toBe(4);
  });

  it('T5: too many partial messages at once are refused', () => {
    const { re } = collect({ maxInFlight: 2 });
    for (let seq = 1; seq <= 4; seq++) re.push(header(seq, 0, 2, CHUNK_PAYLOAD + 1, new Uint8Array(CHUNK_PAYLOAD)));
    expect(re.dropped.busy).toBe(2);
  });

  it('T6: an incomplete message is discarded after the timeout and its late frames count as replays', () => {
    let now = 0;
    const chunker = new Chunker();
    const frames = chunker.split(new Uint8Array(2 * CHUNK_PAYLOAD));
    const { got, re } = collect({ now: () => now, timeoutMs: 1000 });
    re.push(frames[0]!);
    expect(re.pendingBytes).toBe(2 * CHUNK_PAYLOAD);
    now = 1500;
    re.sweep();
    expect(re.dropped.timeout).toBe(1);
    expect(re.pendingBytes).toBe(0);
    re.push(frames[1]!);
    expect(re.dropped.replay).toBe(1);
    const next = chunker.split(new Uint8Array([1, 2, 3]));
    re.push(next[0]!);
    expect(got).toEqual([new Uint8Array([1, 2, 3])]);
  });

  it("T6: on the ordered channel a jump in a message's frames discards it at once, not after the timeout", () => {
    const chunker = new Chunker();
    const a = chunker.split(new Uint8Array(3 * CHUNK_PAYLOAD).fill(1));
    const b = chunker.split(new Uint8Array(2 * CHUNK_PAYLOAD).fill(2));
    const c = chunker.split(new Uint8Array([3]));
    const { got, re } = collect();
    // a's second frame is lost: its third shows it; b lost its first frame.
    re.push(a[0]!);
    re.push(a[2]!);
    expect(re.dropped.lost).toBe(1);
    expect(re.pendingBytes).toBe(0);
    re.push(b[1]!);
    expect(re.dropped.lost).toBe(2);
    expect(re.pendingBytes).toBe(0);
    re.push(c[0]!);
    expect(got).toEqual([new Uint8Array([3])]);
  });

  it('T6: a message that starts only after every earlier one discards an earlier partial that lost its tail', () => {
    const chunker = new Chunker();
    // Body's first byte 9 marks the sequential kind here (the link's document messages).
    const doc1 = chunker.split(new Uint8Array(2 * CHUNK_PAYLOAD).fill(9));
    const urgent = chunker.split(new Uint8Array([1, 1]));
    const doc2 = chunker.split(new Uint8Array([9, 2]));
    const { got, re } = collect({ startsAfterAll: (body) => body[0] === 9 });
    re.push(doc1[0]!);
    // Another kind of message between its frames is the sender interleaving, not a loss.
    re.push(urgent[0]!);
    expect(re.dropped.lost).toBe(0);
    expect(re.pendingBytes).toBe(2 * CHUNK_PAYLOAD);
    // doc1's last frame is lost; the next document message shows it.
    re.push(doc2[0]!);
    expect(re.dropped.lost).toBe(1);
    expect(re.pendingBytes).toBe(0);
    expect(got).toEqual([new Uint8Array([1, 1]), new Uint8Array([9, 2])]);
    re.push(doc1[1]!);
    expect(re.dropped.replay).toBe(1);
  });

  it('T5: a long random mix of good frames, garbage and mutations never throws and delivers every good message', () => {
    const r = rng(42);
    const chunker = new Chunker();
    const { got, re } = collect();
    const sent: Uint8Array[] = [];
    for (let i = 0; i < 200; i++) {
      const m = randomMessage(r, Math.floor(r() * 3 * CHUNK_PAYLOAD));
      sent.push(m);
      for (const f of chunker.split(m)) {
        if (r() < 0.3) {
          const mutated = f.slice(0, Math.floor(r() * f.length));
          if (mutated.length > 1) mutated[1 + Math.floor(r() * (mutated.length - 1))] = Math.floor(r() * 256);
          expect(() => re.push(mutated)).not.toThrow();
        }
        re.push(f);
      }
    }
    expect(got.length).toBe(sent.length);
    got.forEach((m, i) => expect(Buffer.compare(m, sent[i]!)).toBe(0));
  });
});
