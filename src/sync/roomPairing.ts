// Pairing by QR (rules T12, T25): the host shows an invitation (a minimized offer), the joiner
// answers with a reply code sealed with the room key, and the host takes the reply only for the
// invitation it names. The link itself is kept by the room (room.ts); this part only signals.
import type { RoomKey } from './crypto';
import type { PeerId } from './envelope';
import { InvitationLedger, type ReplyRefusal } from './invitations';
import { decodeReply, encodeInvitation, encodeReply, type CodeError, type Invitation } from './pairingCode';
import { createAnswer, createOffer, type PeerConnection } from './rtc';
import { expandSdp, minimizeSdp } from './sdp';

/** How long an invitation QR stays valid (the countdown on screen). */
export const INVITATION_TTL_MS = 3 * 60 * 1000;

export interface PendingInvitation {
  code: string;
  expiresAt: number;
  /** Addresses in the invitation; 0 means no device can reach this one (no Wi-Fi, or hidden). */
  candidates: number;
  /** Takes the joiner's reply code; resolves once the link is open and authenticated. */
  accept(replyCode: string): Promise<'ok' | CodeError | ReplyRefusal | 'expired' | 'failed'>;
  cancel(): void;
}

/** What pairing needs of the room. */
interface PairingHost {
  readonly meetingId: string;
  readonly key: RoomKey;
  readonly peerId: PeerId;
  now(): number;
  connect(): PeerConnection;
  /** Keeps the connection as the link to `peer` once open and authenticated. */
  adopt(conn: PeerConnection, peer: PeerId, timeoutMs?: number): Promise<boolean>;
  /** A reply that did not open with the room key (counted for the room screen). */
  refusedReply(): void;
  changed(): void;
}

export class Pairing {
  private readonly invitations = new InvitationLedger();

  constructor(private readonly host: PairingHost) {}

  async createInvitation(secret: string): Promise<PendingInvitation> {
    const host = this.host;
    const conn = host.connect();
    const sdp = minimizeSdp(await createOffer(conn.pc));
    if (!sdp) {
      conn.pc.close();
      throw new Error('offer without ICE credentials');
    }
    const expiresAt = host.now() + INVITATION_TTL_MS;
    const nonce = this.invitations.issue(expiresAt);
    const code = encodeInvitation({ meetingId: host.meetingId, secret, hostPeer: host.peerId, nonce, sdp });
    let settled = false;
    return {
      code,
      expiresAt,
      candidates: sdp.candidates.length,
      accept: async (replyCode) => {
        if (host.now() > expiresAt) return 'expired';
        const reply = await decodeReply(host.key, replyCode);
        if (typeof reply === 'string') {
          if (reply === 'wrong-secret') host.refusedReply();
          host.changed();
          return reply;
        }
        // Bound to this invitation (T25): checked and used up before any of it reaches WebRTC.
        const verdict = reply.hostPeer === host.peerId ? this.invitations.take(nonce, reply.nonce, host.now()) : 'other-invitation';
        if (verdict !== 'ok') return verdict;
        settled = true;
        try {
          await conn.pc.setRemoteDescription({ type: 'answer', sdp: expandSdp(reply.sdp) });
        } catch {
          conn.pc.close();
          return 'failed';
        }
        return (await host.adopt(conn, reply.joinerPeer)) ? 'ok' : 'failed';
      },
      cancel: () => {
        if (!settled) conn.pc.close();
        settled = true;
        this.invitations.cancel(nonce);
      },
    };
  }

  /** The joiner's side: answers a scanned invitation; `linked` settles when the link is up. */
  async answerInvitation(inv: Invitation): Promise<{ code: string; candidates: number; linked: Promise<boolean> }> {
    const host = this.host;
    const conn = host.connect();
    const answer = minimizeSdp(await createAnswer(conn.pc, expandSdp(inv.sdp)));
    if (!answer) {
      conn.pc.close();
      throw new Error('answer without ICE credentials');
    }
    const reply = { meetingId: host.meetingId, nonce: inv.nonce, joinerPeer: host.peerId, hostPeer: inv.hostPeer, sdp: answer };
    const code = await encodeReply(host.key, reply);
    return { code, candidates: answer.candidates.length, linked: host.adopt(conn, inv.hostPeer, INVITATION_TTL_MS) };
  }
}
