// Document messages on a link (rules T2, T37): the plain form every protocol speaks, and the
// compressed form (MSG_DOC_Z, room protocol 2) a link uses for a large message when both ends
// speak it. The compressed form declares the plain size first, so the receiver inflates no
// further than that, and within the same cap as a message in frames (T5).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { deflate, inflate } from './compress';
import { MSG_DOC, MSG_DOC_Z } from './linkKinds';

/** Below this a message goes as it is: deflate's gain would not pay for its time. */
export const COMPRESS_MIN = 4096;
/** The room protocol that introduced MSG_DOC_Z. */
export const COMPRESSION_PROTOCOL = 2;

export function plainDocMessage(docId: string, sub: number, body: Uint8Array): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, MSG_DOC);
  encoding.writeVarString(enc, docId);
  encoding.writeVarUint(enc, sub);
  encoding.writeVarUint8Array(enc, body);
  return encoding.toUint8Array(enc);
}

/** The message to send for `plain`: compressed when that makes it smaller, else `plain` itself. */
export async function packDocMessage(
  plain: Uint8Array,
  deflateFn: (bytes: Uint8Array) => Promise<Uint8Array> = deflate,
): Promise<Uint8Array> {
  try {
    const z = await deflateFn(plain);
    const enc = encoding.createEncoder();
    encoding.writeVarUint(enc, MSG_DOC_Z);
    encoding.writeVarUint(enc, plain.length);
    encoding.writeUint8Array(enc, z);
    const packed = encoding.toUint8Array(enc);
    return packed.length < plain.length ? packed : plain;
  } catch {
    // A browser without deflate-raw still syncs, only with more bytes.
    return plain;
  }
}

/**
 * The plain message inside a MSG_DOC_Z (`dec` is just past its kind), or null when it is not one:
 * a declared size above `maxBytes`, bad deflate data, a size other than declared, or a plain
 * message that is not a document message.
 */
export async function unpackDocMessage(dec: decoding.Decoder, maxBytes: number): Promise<Uint8Array | null> {
  let declared: number;
  try {
    declared = decoding.readVarUint(dec);
  } catch {
    return null;
  }
  if (declared > maxBytes) return null;
  const plain = await inflate(decoding.readTailAsUint8Array(dec), declared);
  if (!plain || plain.length !== declared || plain[0] !== MSG_DOC) return null;
  return plain;
}

/** The doc id, sub-kind and body of a plain document message (`dec` just past its kind); throws when malformed. */
export function readDocMessage(dec: decoding.Decoder): [string, number, Uint8Array] {
  const docId = decoding.readVarString(dec);
  const sub = decoding.readVarUint(dec);
  const body = decoding.readVarUint8Array(dec);
  return [docId, sub, body];
}
