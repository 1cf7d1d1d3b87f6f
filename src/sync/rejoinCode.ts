// The "Volver a la sala" code (rules R5, R6): one QR shown by a device that dropped out of the room.
// In clear only what says which meeting it is for (so a device of another meeting can say so); the
// rest is sealed with the room key: the returning device's peer id and DTLS fingerprint, a nonce
// and time of issue, its candidate addresses, and one slot per device it expects back (a 4-byte
// prefix of that device's fingerprint and the ports of the connection waiting for it). It holds
// no secret: without the room key it can be neither read nor forged, and it gives no more than an
// invitation does. Every field is validated before it reaches SDP text; bad codes get a reason.
import { PAIRING_CODE_VERSION } from '../domain/protocolVersion';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { fromBase64Url, toBase64Url } from './bytes';
import { open, seal, type RoomKey } from './crypto';
import type { PeerId } from './envelope';
import { cleanCode, readMeetingId, readPeer, writeMeetingId, writePeer } from './pairingCode';
import { readAddress, writeAddress, MAX_CANDIDATES } from './sdp';

const VERSION = 1;
/** After pairingCode.ts's 1 (invitation) and 2 (reply). */
const KIND_REJOIN = 3;
export const SLOT_TAG_BYTES = 4;
export const NONCE_BYTES = 8;
export const MAX_SLOTS = 8;
/** How long a rejoin code is honoured; the returning device shows a fresh one before then. */
export const REJOIN_TTL_MS = 3 * 60 * 1000;
/** Device clocks in a classroom differ a little (no internet, no NTP). */
export const CLOCK_SLACK_MS = 2 * 60 * 1000;

export interface RejoinSlot {
  /** First bytes of the expected device's SHA-256 fingerprint. */
  tag: Uint8Array;
  /** One port per entry of `addresses` (0: that address has no candidate for this slot). */
  ports: number[];
}

export interface RejoinCode {
  meetingId: string;
  peer: PeerId;
  nonce: Uint8Array;
  /** ms since epoch, second precision. */
  issuedAt: number;
  /** The returning device's SHA-256 DTLS fingerprint (32 bytes). */
  fingerprint: Uint8Array;
  addresses: string[];
  slots: RejoinSlot[];
}

export type RejoinCodeError = 'unreadable' | 'not-rejoin' | 'wrong-room' | 'wrong-secret' | 'expired';

function headerOf(text: string): decoding.Decoder | null {
  const bytes = fromBase64Url(cleanCode(text));
  if (!bytes || bytes.length < 4) return null;
  const dec = decoding.createDecoder(bytes);
  if (decoding.readUint8(dec) !== VERSION) return null;
  if (decoding.readUint8(dec) !== KIND_REJOIN) return null;
  return dec;
}

/** A scanned text is a rejoin code (as opposed to an invitation or a reply). */
export function isRejoinCode(text: string): boolean {
  try {
    return headerOf(text) !== null;
  } catch {
    return false;
  }
}

export async function encodeRejoin(key: RoomKey, code: RejoinCode): Promise<string> {
  if (code.slots.length > MAX_SLOTS || code.addresses.length > MAX_CANDIDATES) throw new Error('rejoin code too large');
  const inner = encoding.createEncoder();
  writePeer(inner, code.peer);
  encoding.writeUint8Array(inner, code.nonce);
  encoding.writeVarUint(inner, Math.floor(code.issuedAt / 1000));
  encoding.writeUint8Array(inner, code.fingerprint);
  encoding.writeUint8(inner, code.addresses.length);
  for (const a of code.addresses) writeAddress(inner, a);
  encoding.writeUint8(inner, code.slots.length);
  for (const s of code.slots) {
    encoding.writeUint8Array(inner, s.tag);
    for (let i = 0; i < code.addresses.length; i++) encoding.writeUint16(inner, s.ports[i] ?? 0);
  }
  const enc = encoding.createEncoder();
  encoding.writeUint8(enc, VERSION);
  encoding.writeUint8(enc, KIND_REJOIN);
  writeMeetingId(enc, code.meetingId);
  encoding.writeUint8Array(enc, await seal(key, encoding.toUint8Array(inner)));
  return toBase64Url(encoding.toUint8Array(enc));
}

function readInner(meetingId: string, plain: Uint8Array): RejoinCode {
  const dec = decoding.createDecoder(plain);
  const peer = readPeer(dec);
  const nonce = decoding.readUint8Array(dec, NONCE_BYTES).slice();
  const issuedAt = decoding.readVarUint(dec) * 1000;
  const fingerprint = decoding.readUint8Array(dec, 32).slice();
  const nAddresses = decoding.readUint8(dec);
  if (nAddresses > MAX_CANDIDATES) throw new Error('addresses');
  const addresses: string[] = [];
  for (let i = 0; i < nAddresses; i++) addresses.push(readAddress(dec));
  const nSlots = decoding.readUint8(dec);
  if (nSlots > MAX_SLOTS) throw new Error('slots');
  const slots: RejoinSlot[] = [];
  for (let i = 0; i < nSlots; i++) {
    const tag = decoding.readUint8Array(dec, SLOT_TAG_BYTES).slice();
    const ports = addresses.map(() => decoding.readUint16(dec));
    slots.push({ tag, ports });
  }
  if (decoding.hasContent(dec)) throw new Error('trailing bytes');
  return { meetingId, peer, nonce, issuedAt, fingerprint, addresses, slots };
}

/**
 * Opens and checks a scanned rejoin code. The meeting is compared before anything is opened, so
 * a code of another meeting says so; the seal proves it was made by a device holding this room's
 * key; the time of issue must be within the code's life (with some slack for clocks).
 */
export async function decodeRejoin(key: RoomKey, text: string, now = Date.now()): Promise<RejoinCode | RejoinCodeError> {
  let meetingId: string;
  let sealed: Uint8Array;
  try {
    const bytes = fromBase64Url(cleanCode(text));
    if (!bytes || bytes.length < 4) return 'unreadable';
    const dec = headerOf(text);
    if (!dec) return bytes[0] === PAIRING_CODE_VERSION && (bytes[1] === 1 || bytes[1] === 2) ? 'not-rejoin' : 'unreadable';
    meetingId = readMeetingId(dec);
    sealed = decoding.readTailAsUint8Array(dec);
  } catch {
    return 'unreadable';
  }
  if (meetingId !== key.meetingId) return 'wrong-room';
  const plain = await open(key, sealed);
  if (!plain) return 'wrong-secret';
  let code: RejoinCode;
  try {
    code = readInner(meetingId, plain);
  } catch {
    return 'unreadable';
  }
  if (now > code.issuedAt + REJOIN_TTL_MS + CLOCK_SLACK_MS || code.issuedAt > now + CLOCK_SLACK_MS) return 'expired';
  return code;
}

/** The slot prepared for the device with this fingerprint (lowercase hex), if any. */
export function slotFor(code: RejoinCode, fingerprintHex: string): { slot: RejoinSlot; index: number } | null {
  const tag = fingerprintHex.slice(0, SLOT_TAG_BYTES * 2);
  const index = code.slots.findIndex((s) => Array.from(s.tag, (b) => b.toString(16).padStart(2, '0')).join('') === tag);
  return index < 0 ? null : { slot: code.slots[index]!, index };
}

export function hexToBytes(hex: string): Uint8Array {
  return new Uint8Array(hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? []);
}
