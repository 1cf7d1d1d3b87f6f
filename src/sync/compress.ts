// Compression of large document messages (rule T37, docs/SYNC-TRANSPORT.md). On the classroom
// bridge a 0.5 MB update put 2.5-3.3x its bytes on UDP: receivers busy applying it dropped packets
// at their sockets (RcvbufErrors) and SCTP sent them again. Fewer bytes is fewer packets to drop
// and less airtime on a phone hotspot. deflate-raw through the browser's own CompressionStream
// (Chromium, Firefox, Node 20): no library. The deflating itself is the browser's native zlib, not
// JS; but it is not parallel to the app: it runs on the thread that owns the stream (here the main
// thread), in tasks of its event loop, so a large message still costs main-thread time (about 8 ms
// per 100 kB of card text on the 2-core CI machine, in Node; more at 4x CPU). Hence once per
// message, not once per link (docPacker.ts), and never below COMPRESS_MIN.
// Inflating is where a peer could hurt us (a few kB that expand to gigabytes), so it stops at the
// size the message declared.

async function collect(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function through(format: 'compress' | 'decompress', bytes: Uint8Array): ReadableStream<Uint8Array> {
  const stream = format === 'compress' ? new CompressionStream('deflate-raw') : new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  // Errors surface on the readable side, where collect() reads them.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return stream.readable as ReadableStream<Uint8Array>;
}

/** `bytes` deflated (raw deflate, no header). */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  return (await collect(through('compress', bytes), Number.MAX_SAFE_INTEGER))!;
}

/** `bytes` inflated, or null when they are not valid deflate data or inflate to more than `maxBytes`. */
export async function inflate(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array | null> {
  try {
    return await collect(through('decompress', bytes), maxBytes);
  } catch {
    return null;
  }
}
