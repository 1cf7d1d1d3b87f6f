// One-scan rejoin (rules R1-R8 in docs/SYNC-TRANSPORT.md). A device that dropped out of the room
// (reload, kill, a long Wi-Fi outage) prepares, for each device it was linked to, a peer
// connection that already holds that device's *predicted* answer: ICE credentials derived from
// the room secret (rejoinIce.ts) and the fingerprint it learned over an authenticated link.
// Chromium honours only the last a=fingerprint of a description, hence one connection per known
// device. Its rejoin code (rejoinCode.ts) carries the candidate ports of every such connection;
// any of those devices scans it once, answers with the same derived credentials, and its ICE
// checks reach the waiting connection, which learns it as peer-reflexive. No answer travels back.
// Where the browser refuses a step, the caller falls back to the two-scan pairing.
import { bytesEqual, randomBytes } from './bytes';
import { fromDataChannel } from './channel';
import { type DeviceCertificate, rtcConfigFor } from './certStore';
import type { KnownPeer } from './roomMemory';
import {
  decodeRejoin,
  encodeRejoin,
  hexToBytes,
  NONCE_BYTES,
  REJOIN_TTL_MS,
  SLOT_TAG_BYTES,
  slotFor,
  type RejoinCodeError,
  type RejoinSlot,
} from './rejoinCode';
import { readFirstHello } from './rejoinHello';
import { deriveRejoinIce, mungeSdp } from './rejoinIce';
import type { Room } from './room';
import { gatheringComplete, newPeerConnection, whenChannelOpen, type PeerConnection } from './rtc';
import { expandSdp, MAX_CANDIDATES, minimizeSdp } from './sdp';

type RejoinStatus = 'waiting' | 'returning' | 'connected' | 'expired';

export interface PreparedRejoin {
  code: string;
  expiresAt: number;
  /** How many known devices can take this code. */
  slots: number;
  /** Candidate addresses in the code (0: no network right now, the code cannot work). */
  addresses: number;
  cancel(): void;
}

/** Why one scan cannot work here; the screen then offers the two-scan pairing. */
export type NoRejoin = 'no-peers' | 'unsupported' | 'not-storable' | 'other-tab' | 'refused';

export type AcceptError = RejoinCodeError | 'own' | 'already' | 'not-known' | 'unsupported' | 'refused' | 'failed';

interface SlotConn {
  conn: PeerConnection;
  slot: RejoinSlot;
  candidates: { address: string; port: number }[];
}

async function prepareSlot(room: Room, secret: string, device: DeviceCertificate, nonce: Uint8Array, peer: KnownPeer): Promise<SlotConn> {
  const tag = hexToBytes(peer.fingerprint).subarray(0, SLOT_TAG_BYTES);
  const ice = await deriveRejoinIce(secret, room.meetingId, nonce, tag);
  const conn = newPeerConnection(rtcConfigFor(device));
  try {
    const offer = await conn.pc.createOffer();
    await conn.pc.setLocalDescription({ type: 'offer', sdp: mungeSdp(offer.sdp ?? '', ice.offer) });
    await gatheringComplete(conn.pc);
    const predicted = expandSdp({ ...ice.answer, fingerprint: hexToBytes(peer.fingerprint), setup: 'active', candidates: [] });
    await conn.pc.setRemoteDescription({ type: 'answer', sdp: predicted });
    const local = minimizeSdp(conn.pc.localDescription?.sdp ?? '');
    if (!local || local.ufrag !== ice.offer.ufrag) throw new Error('munged credentials not kept');
    return { conn, slot: { tag, ports: [] }, candidates: local.candidates };
  } catch (err) {
    conn.pc.close();
    throw err;
  }
}

/**
 * The returning device's side. `onStatus` follows the connections: "returning" as soon as a
 * scanner's ICE checks arrive, "connected" once its link is authenticated and kept.
 */
export async function prepareRejoin(
  room: Room,
  secret: string,
  device: DeviceCertificate,
  known: KnownPeer[],
  onStatus: (s: RejoinStatus) => void,
): Promise<PreparedRejoin | NoRejoin> {
  if (!device.persistent) return device.reason;
  const peers = known.filter((p) => p.fingerprint !== device.fingerprint);
  if (!peers.length) return 'no-peers';
  const nonce = randomBytes(NONCE_BYTES);
  let slots: SlotConn[];
  try {
    slots = await Promise.all(peers.map((p) => prepareSlot(room, secret, device, nonce, p)));
  } catch {
    return 'refused';
  }
  // Candidate addresses are shared by every connection of the page (measured: same mDNS names,
  // other ports), so the code lists each address once and a port per slot.
  const addresses: string[] = [];
  for (const s of slots)
    for (const c of s.candidates) if (!addresses.includes(c.address) && addresses.length < MAX_CANDIDATES) addresses.push(c.address);
  for (const s of slots) s.slot.ports = addresses.map((a) => s.candidates.find((c) => c.address === a)?.port ?? 0);
  const issuedAt = Math.floor(Date.now() / 1000) * 1000;
  const expiresAt = issuedAt + REJOIN_TTL_MS;
  const code = await encodeRejoin(room.key, {
    meetingId: room.meetingId,
    peer: room.peerId,
    nonce,
    issuedAt,
    fingerprint: hexToBytes(device.fingerprint),
    addresses,
    slots: slots.map((s) => s.slot),
  });
  let done = false;
  // A connection whose channel opened belongs to the room from then on: never closed as waiting
  // (measured at 4x CPU: its connectionState can still read 'connecting' after the channel opens).
  const taken = new Set<SlotConn>();
  const closeWaiting = () => {
    for (const s of slots) if (!taken.has(s)) s.conn.pc.close();
  };
  const timer = setTimeout(() => {
    if (done) return;
    done = true;
    closeWaiting();
    onStatus('expired');
  }, expiresAt - Date.now());
  for (const s of slots) {
    s.conn.pc.addEventListener('connectionstatechange', () => {
      if (!done && s.conn.pc.connectionState === 'connecting') onStatus('returning');
    });
    void (async () => {
      if (!(await whenChannelOpen(s.conn.channel, s.conn.pc, REJOIN_TTL_MS))) return;
      taken.add(s);
      const hello = await readFirstHello(fromDataChannel(s.conn.channel), room.key, room.peerId);
      if (!hello || !(await room.adoptConnection(s.conn, hello.peer, hello.channel))) {
        taken.delete(s);
        return s.conn.pc.close();
      }
      if (done) return;
      done = true;
      clearTimeout(timer);
      onStatus('connected');
      // One link is enough: relay through peers (T18) brings the rest of the mesh back.
      closeWaiting();
    })();
  }
  onStatus('waiting');
  return {
    code,
    expiresAt,
    slots: slots.length,
    addresses: addresses.length,
    cancel: () => {
      clearTimeout(timer);
      if (!done) closeWaiting();
      done = true;
    },
  };
}

/** The scanning device's side: answers the slot prepared for it; resolves once linked. */
export async function acceptRejoin(room: Room, secret: string, device: DeviceCertificate, text: string): Promise<'ok' | AcceptError> {
  const code = await decodeRejoin(room.key, text);
  if (typeof code === 'string') return code;
  if (code.peer === room.peerId) return 'own';
  if (room.links.get(code.peer)?.state === 'open') return 'already';
  if (!device.persistent) return 'unsupported';
  if (bytesEqual(hexToBytes(device.fingerprint), code.fingerprint)) return 'own';
  const mine = slotFor(code, device.fingerprint);
  if (!mine) return 'not-known';
  const ice = await deriveRejoinIce(secret, room.meetingId, code.nonce, mine.slot.tag);
  const candidates = code.addresses.map((address, i) => ({ address, port: mine.slot.ports[i] ?? 0 })).filter((c) => c.port > 0);
  const conn = newPeerConnection(rtcConfigFor(device));
  try {
    await conn.pc.setRemoteDescription({
      type: 'offer',
      sdp: expandSdp({ ...ice.offer, fingerprint: code.fingerprint, setup: 'actpass', candidates }),
    });
    const answer = await conn.pc.createAnswer();
    await conn.pc.setLocalDescription({ type: 'answer', sdp: mungeSdp(answer.sdp ?? '', ice.answer, 'active') });
  } catch {
    conn.pc.close();
    return 'refused';
  }
  return (await room.adoptConnection(conn, code.peer)) ? 'ok' : 'failed';
}
