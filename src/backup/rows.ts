// Rows may hold Blobs (photos, files). In a backup each Blob becomes {"$blob": key} and its bytes
// go to content.blobs; restoring rebuilds the Blob. Nothing else in a row is transformed.
import { base64ToBytes, bytesToBase64 } from './base64';

export type BlobTable = Record<string, { type: string; data: string }>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Blob);
}

/** Replaces every Blob in `value` by a reference, adding its bytes to `blobs`. */
export async function encodeBlobs(value: unknown, blobs: BlobTable, nextKey: () => string): Promise<unknown> {
  if (value instanceof Blob) {
    const key = nextKey();
    blobs[key] = { type: value.type, data: bytesToBase64(new Uint8Array(await value.arrayBuffer())) };
    return { $blob: key };
  }
  if (Array.isArray(value)) return Promise.all(value.map((v) => encodeBlobs(v, blobs, nextKey)));
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await encodeBlobs(v, blobs, nextKey);
    return out;
  }
  return value;
}

export class MissingBlobError extends Error {}

/** The inverse of encodeBlobs; throws MissingBlobError when a reference has no bytes. */
export function decodeBlobs(value: unknown, blobs: BlobTable, depth = 0): unknown {
  if (depth > 64) throw new RangeError('too deep');
  if (Array.isArray(value)) return value.map((v) => decodeBlobs(v, blobs, depth + 1));
  if (isPlainObject(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && typeof value.$blob === 'string') {
      const b = blobs[value.$blob];
      if (!b) throw new MissingBlobError(value.$blob);
      return new Blob([base64ToBytes(b.data) as BlobPart], { type: b.type });
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = decodeBlobs(v, blobs, depth + 1);
    return out;
  }
  return value;
}

/**
 * A comparable form of a row: object keys sorted (validation may reorder them), Blobs compared by
 * type and size (reading their bytes would be slow).
 */
export function comparable(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof Blob) return { $blobType: v.type, $blobSize: v.size };
    if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return v;
  });
}
