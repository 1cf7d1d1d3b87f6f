// ICE credentials of a one-scan rejoin (rule R4), derived from the room secret: both the returning
// device and the device that scans compute the same ufrag and pwd for both ends, so neither has to
// send its own to the other and the answer never travels back. Fresh for every rejoin code (its
// nonce) and every slot (the scanning device's fingerprint), and unknown to anyone without the
// secret, who therefore cannot even pass ICE's connectivity checks against the waiting device.
import { fromBase64Url } from './bytes';

interface IceCredentials {
  ufrag: string;
  pwd: string;
}

interface RejoinIce {
  /** The returning device's end (it offers). */
  offer: IceCredentials;
  /** The scanning device's end (it answers). */
  answer: IceCredentials;
}

const SALT = new TextEncoder().encode('bitacora-cte/sala/volver/v1');
const UFRAG_BYTES = 6; // 8 ICE chars (RFC 8839 asks for at least 4)
const PWD_BYTES = 18; // 24 ICE chars (at least 22)

/** Standard base64 without padding: exactly the ICE character set (ALPHA, DIGIT, "+", "/"). */
function iceChars(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/=+$/, '');
}

export async function deriveRejoinIce(secret: string, meetingId: string, nonce: Uint8Array, slotTag: Uint8Array): Promise<RejoinIce> {
  const raw = fromBase64Url(secret);
  if (!raw || raw.length !== 16) throw new Error('room secret must be 16 bytes of base64url');
  const base = await crypto.subtle.importKey('raw', raw as BufferSource, 'HKDF', false, ['deriveBits']);
  const meeting = new TextEncoder().encode(meetingId);
  const info = new Uint8Array(meeting.length + nonce.length + slotTag.length);
  info.set(meeting, 0);
  info.set(nonce, meeting.length);
  info.set(slotTag, meeting.length + nonce.length);
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: SALT, info }, base, 8 * 2 * (UFRAG_BYTES + PWD_BYTES)),
  );
  const at = (i: number, n: number) => iceChars(bits.subarray(i, i + n));
  const half = UFRAG_BYTES + PWD_BYTES;
  return {
    offer: { ufrag: at(0, UFRAG_BYTES), pwd: at(UFRAG_BYTES, PWD_BYTES) },
    answer: { ufrag: at(half, UFRAG_BYTES), pwd: at(half + UFRAG_BYTES, PWD_BYTES) },
  };
}

/** Replaces a local description's ICE credentials (and DTLS role, when given) with derived ones. */
export function mungeSdp(sdp: string, ice: IceCredentials, setup?: 'active' | 'passive'): string {
  let out = sdp.replace(/^a=ice-ufrag:.*$/gm, `a=ice-ufrag:${ice.ufrag}`).replace(/^a=ice-pwd:.*$/gm, `a=ice-pwd:${ice.pwd}`);
  if (setup) out = out.replace(/^a=setup:.*$/gm, `a=setup:${setup}`);
  return out;
}
