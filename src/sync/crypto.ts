// The room key (rule T10): a random room secret travels only inside the pairing QR or text code;
// every signaling envelope is sealed with AES-GCM under a key derived from it with HKDF, bound
// to the meeting id, so a device without the secret can neither read nor forge an envelope.
import { concatBytes, fromBase64Url, randomBytes, toBase64Url } from './bytes';

export const SECRET_BYTES = 16;
const IV_BYTES = 12;
const SALT = new TextEncoder().encode('bitacora-cte/sala/v1');

export function newRoomSecret(): string {
  return toBase64Url(randomBytes(SECRET_BYTES));
}

export function isRoomSecret(text: string): boolean {
  const raw = fromBase64Url(text);
  return raw !== null && raw.length === SECRET_BYTES;
}

export interface RoomKey {
  meetingId: string;
  key: CryptoKey;
}

export async function deriveRoomKey(secret: string, meetingId: string): Promise<RoomKey> {
  const raw = fromBase64Url(secret);
  if (!raw || raw.length !== SECRET_BYTES) throw new Error('room secret must be 16 bytes of base64url');
  const base = await crypto.subtle.importKey('raw', raw as BufferSource, 'HKDF', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: SALT, info: new TextEncoder().encode(meetingId) },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
  return { meetingId, key };
}

export async function seal(room: RoomKey, plain: Uint8Array): Promise<Uint8Array> {
  const iv = randomBytes(IV_BYTES);
  const additionalData = new TextEncoder().encode(room.meetingId);
  const cipher = await crypto.subtle.encrypt({ name: 'AES-GCM', iv: iv as BufferSource, additionalData }, room.key, plain as BufferSource);
  return concatBytes([iv, new Uint8Array(cipher)]);
}

/** null when the bytes were not sealed with this room's key (wrong secret, tampering, garbage). */
export async function open(room: RoomKey, sealed: Uint8Array): Promise<Uint8Array | null> {
  if (sealed.length < IV_BYTES + 16) return null;
  try {
    const additionalData = new TextEncoder().encode(room.meetingId);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.subarray(0, IV_BYTES) as BufferSource, additionalData },
      room.key,
      sealed.subarray(IV_BYTES) as BufferSource,
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}
