// The QR / text codes of pairing (rules T16, T17, T25). The invitation (offer) carries the meeting
// id, the room secret, the host's peer id, a fresh nonce and its minimized SDP: whoever scans it
// may join, which is the point of showing it. The reply (answer) is sealed with the room key, so
// the host accepts it only from a device that read the invitation, and carries that invitation's
// nonce inside the sealed part, so it answers that invitation and no other (invitations.ts).
// Both are compact binary, shown as base64url.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { fromBase64Url, randomBytes, toBase64Url } from './bytes';
import { open, seal, SECRET_BYTES, type RoomKey } from './crypto';
import { PeerIdSchema, type PeerId } from './envelope';
import { readMinSdp, writeMinSdp, type MinSdp } from './sdp';
import { newerCodeVersion, PAIRING_CODE_VERSION } from '../domain/protocolVersion';

/** 2: the nonce (T25). A code of another version is refused with its own reason. */
const VERSION = PAIRING_CODE_VERSION;
export const NONCE_BYTES = 8;
const KIND_OFFER = 1;
const KIND_ANSWER = 2;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface Invitation {
  meetingId: string;
  secret: string;
  hostPeer: PeerId;
  /** Names this invitation; its reply must carry it back (T25). */
  nonce: string;
  sdp: MinSdp;
}

export interface Reply {
  meetingId: string;
  /** The nonce of the invitation this reply answers (inside the sealed part). */
  nonce: string;
  joinerPeer: PeerId;
  hostPeer: PeerId;
  sdp: MinSdp;
}

export type CodeError = 'unreadable' | 'other-version' | 'newer-app' | 'not-invitation' | 'not-reply' | 'wrong-room' | 'wrong-secret';

export const newInvitationNonce = (): string => toBase64Url(randomBytes(NONCE_BYTES));

function writeNonce(enc: encoding.Encoder, nonce: string): void {
  const raw = fromBase64Url(nonce);
  if (!raw || raw.length !== NONCE_BYTES) throw new Error('invitation nonce must be 8 bytes of base64url');
  encoding.writeUint8Array(enc, raw);
}

const readNonce = (dec: decoding.Decoder): string => toBase64Url(decoding.readUint8Array(dec, NONCE_BYTES));

export function writeMeetingId(enc: encoding.Encoder, id: string): void {
  if (UUID.test(id)) {
    encoding.writeUint8(enc, 0);
    encoding.writeUint8Array(
      enc,
      new Uint8Array(
        id
          .replace(/-/g, '')
          .match(/../g)!
          .map((h) => parseInt(h, 16)),
      ),
    );
  } else {
    encoding.writeUint8(enc, 1);
    encoding.writeVarString(enc, id);
  }
}

export function readMeetingId(dec: decoding.Decoder): string {
  const form = decoding.readUint8(dec);
  if (form === 0) {
    const h = Array.from(decoding.readUint8Array(dec, 16), (b) => b.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  if (form !== 1) throw new Error('meeting id');
  const id = decoding.readVarString(dec);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new Error('meeting id');
  return id;
}

export function writePeer(enc: encoding.Encoder, peer: PeerId): void {
  encoding.writeUint8Array(enc, fromBase64Url(peer)!);
}

export function readPeer(dec: decoding.Decoder): PeerId {
  return PeerIdSchema.parse(toBase64Url(decoding.readUint8Array(dec, 8)));
}

export function encodeInvitation(inv: Invitation): string {
  const enc = encoding.createEncoder();
  encoding.writeUint8(enc, VERSION);
  encoding.writeUint8(enc, KIND_OFFER);
  writeMeetingId(enc, inv.meetingId);
  encoding.writeUint8Array(enc, fromBase64Url(inv.secret)!);
  writePeer(enc, inv.hostPeer);
  writeNonce(enc, inv.nonce);
  writeMinSdp(enc, inv.sdp);
  return toBase64Url(encoding.toUint8Array(enc));
}

/** Accepts the bare code or anything ending in `#code` (a pasted link). */
export function cleanCode(text: string): string {
  const t = text.trim();
  const hash = t.lastIndexOf('#');
  return (hash >= 0 ? t.slice(hash + 1) : t).replace(/\s+/g, '');
}

function header(text: string): { dec: decoding.Decoder; kind: number } | 'unreadable' | 'other-version' | 'newer-app' {
  const bytes = fromBase64Url(cleanCode(text));
  if (!bytes || bytes.length < 4) return 'unreadable';
  if (newerCodeVersion(bytes)) return 'newer-app';
  const dec = decoding.createDecoder(bytes);
  const version = decoding.readUint8(dec);
  const kind = decoding.readUint8(dec);
  // Every version keeps the same header: a code from an older app shows its own reason.
  if (version !== VERSION)
    return version >= 1 && version < VERSION && (kind === KIND_OFFER || kind === KIND_ANSWER) ? 'other-version' : 'unreadable';
  return { dec, kind };
}

export function decodeInvitation(text: string): Invitation | CodeError {
  try {
    const h = header(text);
    if (typeof h === 'string') return h;
    if (h.kind !== KIND_OFFER) return h.kind === KIND_ANSWER ? 'not-invitation' : 'unreadable';
    const meetingId = readMeetingId(h.dec);
    const secret = toBase64Url(decoding.readUint8Array(h.dec, SECRET_BYTES));
    const hostPeer = readPeer(h.dec);
    const nonce = readNonce(h.dec);
    const sdp = readMinSdp(h.dec);
    if (decoding.hasContent(h.dec)) return 'unreadable';
    return { meetingId, secret, hostPeer, nonce, sdp };
  } catch {
    return 'unreadable';
  }
}

export async function encodeReply(key: RoomKey, reply: Reply): Promise<string> {
  const inner = encoding.createEncoder();
  writeNonce(inner, reply.nonce);
  writePeer(inner, reply.joinerPeer);
  writePeer(inner, reply.hostPeer);
  writeMinSdp(inner, reply.sdp);
  const enc = encoding.createEncoder();
  encoding.writeUint8(enc, VERSION);
  encoding.writeUint8(enc, KIND_ANSWER);
  writeMeetingId(enc, reply.meetingId);
  encoding.writeUint8Array(enc, await seal(key, encoding.toUint8Array(inner)));
  return toBase64Url(encoding.toUint8Array(enc));
}

export async function decodeReply(key: RoomKey, text: string): Promise<Reply | CodeError> {
  let sealed: Uint8Array;
  let meetingId: string;
  try {
    const h = header(text);
    if (typeof h === 'string') return h;
    if (h.kind !== KIND_ANSWER) return h.kind === KIND_OFFER ? 'not-reply' : 'unreadable';
    meetingId = readMeetingId(h.dec);
    sealed = decoding.readTailAsUint8Array(h.dec);
  } catch {
    return 'unreadable';
  }
  if (meetingId !== key.meetingId) return 'wrong-room';
  const plain = await open(key, sealed);
  if (!plain) return 'wrong-secret';
  try {
    const dec = decoding.createDecoder(plain);
    const nonce = readNonce(dec);
    const joinerPeer = readPeer(dec);
    const hostPeer = readPeer(dec);
    const sdp = readMinSdp(dec);
    if (decoding.hasContent(dec)) return 'unreadable';
    return { meetingId, nonce, joinerPeer, hostPeer, sdp };
  } catch {
    return 'unreadable';
  }
}
