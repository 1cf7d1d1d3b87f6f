// The mesh of one meeting room on this device (rules T9-T13, T18, T19). It owns the peer
// connections, their links, the pending pairings and the signaling transports. Pairing by QR
// creates the first link; after that, sealed envelopes relayed through linked peers (and the LAN
// relay or other tabs, when present) let every device connect to the others by itself, up to
// maxLinks each. Documents attach through DocSync and get every authenticated link.
import { ObservableV2 } from 'lib0/observable';
import { fromDataChannel, type Channel } from './channel';
import { deriveRoomKey, type RoomKey } from './crypto';
import type { DocSync } from './docSync';
import { ENVELOPE_WINDOW_MS, makeEnvelope, newPeerId, openEnvelope, sealEnvelope, SeenIds, type Envelope, type PeerId } from './envelope';
import { InvitationLedger, type ReplyRefusal } from './invitations';
import { Link } from './link';
import type { VersionMismatch } from '../domain/protocolVersion';
import { Neighbours } from './neighbours';
import { decodeReply, encodeInvitation, encodeReply, type CodeError, type Invitation } from './pairingCode';
import { createAnswer, createOffer, newPeerConnection, RTC_CONFIG, whenChannelOpen, type PeerConnection } from './rtc';
import { expandSdp, minimizeSdp } from './sdp';
import type { SignalTransport } from './transport';

export const DEFAULT_MAX_LINKS = 6;
/** How long an invitation QR stays valid (the countdown on screen). */
export const INVITATION_TTL_MS = 3 * 60 * 1000;
const CONNECT_TIMEOUT_MS = 20_000;
const ANNOUNCE_EVERY_MS = 8_000;
const HELLO_TIMEOUT_MS = 10_000;

function pairKey(pc: RTCPeerConnection): string {
  const ufrag = (sdp: string | undefined) => /a=ice-ufrag:(\S+)/.exec(sdp ?? '')?.[1] ?? '';
  return [ufrag(pc.localDescription?.sdp), ufrag(pc.remoteDescription?.sdp)].sort().join(' ');
}

export interface RoomOptions {
  meetingId: string;
  secret: string;
  maxLinks?: number;
  rtcConfig?: RTCConfiguration;
}

export type Source = { kind: 'link'; link: Link } | { kind: 'transport'; transport: SignalTransport } | { kind: 'local' };

export interface RoomCounts {
  /** Envelopes that did not open with the room key (wrong secret, garbage): refused. */
  refusedEnvelopes: number;
  /** Envelopes seen before or outside the clock window. */
  replayedEnvelopes: number;
  /** Links closed because the peer's hello did not open. */
  refusedLinks: number;
  failedConnections: number;
}

type RoomEvents = {
  change: () => void;
  /** The direct link to this peer closed (its page closed, or the network dropped). */
  linkClosed: (peer: PeerId) => void;
  progress: (peer: PeerId, received: number, total: number) => void;
  /** A link to this peer opened and authenticated (T8); its DTLS connection is `pc` (R3). */
  linked: (peer: PeerId, pc: RTCPeerConnection) => void;
};

interface Pending {
  conn: PeerConnection;
  timer: ReturnType<typeof setTimeout>;
}

export interface PendingInvitation {
  code: string;
  expiresAt: number;
  /** Addresses in the invitation; 0 means no device can reach this one (no Wi-Fi, or hidden). */
  candidates: number;
  /** Takes the joiner's reply code; resolves once the link is open and authenticated. */
  accept(replyCode: string): Promise<'ok' | CodeError | ReplyRefusal | 'expired' | 'failed'>;
  cancel(): void;
}

export class Room extends ObservableV2<RoomEvents> {
  readonly peerId: PeerId = newPeerId();
  readonly links = new Map<PeerId, Link>();
  readonly counts: RoomCounts = { refusedEnvelopes: 0, replayedEnvelopes: 0, refusedLinks: 0, failedConnections: 0 };
  readonly maxLinks: number;
  /** The last device met on a room protocol this one does not share (issue 21), for the room screen. */
  versionProblem: VersionMismatch | null = null;
  /** Who our neighbours hear (their pings): freshness of far devices and forwarding (T30, T31). */
  readonly neighbours = new Neighbours(() => this.links.values());
  private readonly pending = new Map<PeerId, Pending>();
  private readonly linkKeys = new WeakMap<Link, string>();
  private readonly docs = new Set<DocSync>();
  private readonly transports = new Set<SignalTransport>();
  private readonly seen = new SeenIds();
  private readonly invitations = new InvitationLedger();
  private readonly lastAnnounceTo = new Map<PeerId, number>();
  private readonly announceTimer: ReturnType<typeof setInterval>;
  private destroyed = false;

  private constructor(
    readonly meetingId: string,
    readonly key: RoomKey,
    private readonly opts: RoomOptions,
  ) {
    super();
    this.maxLinks = opts.maxLinks ?? DEFAULT_MAX_LINKS;
    this.announceTimer = setInterval(() => void this.announce(), ANNOUNCE_EVERY_MS);
  }

  static async create(opts: RoomOptions): Promise<Room> {
    return new Room(opts.meetingId, await deriveRoomKey(opts.secret, opts.meetingId), opts);
  }

  attachDoc(sync: DocSync): void {
    this.docs.add(sync);
    sync.topology = this.neighbours;
    for (const link of this.links.values()) sync.addLink(link);
  }

  detachDoc(sync: DocSync): void {
    this.docs.delete(sync);
  }

  addTransport(t: SignalTransport): void {
    this.transports.add(t);
    t.start(
      (sealed) => void this.receiveEnvelope(sealed, { kind: 'transport', transport: t }),
      () => void this.announce(),
    );
  }

  // --- QR pairing -------------------------------------------------------------------------

  async createInvitation(secret: string): Promise<PendingInvitation> {
    const conn = newPeerConnection(this.opts.rtcConfig ?? RTC_CONFIG);
    const sdp = minimizeSdp(await createOffer(conn.pc));
    if (!sdp) {
      conn.pc.close();
      throw new Error('offer without ICE credentials');
    }
    const expiresAt = Date.now() + INVITATION_TTL_MS;
    const nonce = this.invitations.issue(expiresAt);
    const code = encodeInvitation({ meetingId: this.meetingId, secret, hostPeer: this.peerId, nonce, sdp });
    let settled = false;
    return {
      code,
      expiresAt,
      candidates: sdp.candidates.length,
      accept: async (replyCode) => {
        if (Date.now() > expiresAt) return 'expired';
        const reply = await decodeReply(this.key, replyCode);
        if (typeof reply === 'string') {
          if (reply === 'wrong-secret') this.counts.refusedEnvelopes += 1;
          this.emit('change', []);
          return reply;
        }
        // Bound to this invitation (T25): checked and used up before any of it reaches WebRTC.
        const verdict = reply.hostPeer === this.peerId ? this.invitations.take(nonce, reply.nonce) : 'other-invitation';
        if (verdict !== 'ok') return verdict;
        settled = true;
        try {
          await conn.pc.setRemoteDescription({ type: 'answer', sdp: expandSdp(reply.sdp) });
        } catch {
          conn.pc.close();
          return 'failed';
        }
        return (await this.adopt(conn, reply.joinerPeer)) ? 'ok' : 'failed';
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
    const conn = newPeerConnection(this.opts.rtcConfig ?? RTC_CONFIG);
    const answer = minimizeSdp(await createAnswer(conn.pc, expandSdp(inv.sdp)));
    if (!answer) {
      conn.pc.close();
      throw new Error('answer without ICE credentials');
    }
    const reply = { meetingId: this.meetingId, nonce: inv.nonce, joinerPeer: this.peerId, hostPeer: inv.hostPeer, sdp: answer };
    const code = await encodeReply(this.key, reply);
    return { code, candidates: answer.candidates.length, linked: this.adopt(conn, inv.hostPeer, INVITATION_TTL_MS) };
  }

  // --- links --------------------------------------------------------------------------------

  /** A connection signalled another way (the one-scan rejoin, rejoin.ts), kept like any link. */
  adoptConnection(conn: PeerConnection, peer: PeerId, channel?: Channel): Promise<boolean> {
    return this.adopt(conn, peer, CONNECT_TIMEOUT_MS, channel);
  }

  /** Waits for the channel, authenticates it and keeps it as the link to `peer`. */
  private async adopt(conn: PeerConnection, peer: PeerId, timeoutMs = CONNECT_TIMEOUT_MS, channel?: Channel): Promise<boolean> {
    const opened = await whenChannelOpen(conn.channel, conn.pc, timeoutMs);
    if (!opened || this.destroyed) {
      this.counts.failedConnections += opened ? 0 : 1;
      conn.pc.close();
      this.emit('change', []);
      return false;
    }
    const link = new Link(channel ?? fromDataChannel(conn.channel), { key: this.key, localPeer: this.peerId, remotePeer: peer });
    this.neighbours.attach(link);
    const authenticated = await new Promise<boolean>((ok) => {
      const timer = setTimeout(() => ok(false), HELLO_TIMEOUT_MS);
      link.on('open', () => {
        clearTimeout(timer);
        ok(true);
      });
      link.on('close', () => {
        clearTimeout(timer);
        ok(false);
      });
    });
    if (!authenticated || this.destroyed) {
      if (link.counts.refused) this.counts.refusedLinks += 1;
      if (link.version && !link.version.ok) this.versionProblem = link.version;
      link.close();
      conn.pc.close();
      this.emit('change', []);
      return false;
    }
    // Two links to one peer (a QR pairing while the relay was pairing the same two devices):
    // both sides keep the one with the smaller ICE ufrag pair, so they always agree (T13).
    const key = pairKey(conn.pc);
    const existing = this.links.get(peer);
    if (existing && existing.state === 'open') {
      if (key >= (this.linkKeys.get(existing) ?? '')) {
        link.close();
        conn.pc.close();
        return true;
      }
      this.links.delete(peer);
      existing.close();
    }
    this.links.set(peer, link);
    this.linkKeys.set(link, key);
    this.neighbours.changed();
    link.on('signal', (sealed) => void this.receiveEnvelope(sealed, { kind: 'link', link }));
    link.on('progress', (r, t) => this.emit('progress', [peer, r, t]));
    link.on('close', () => {
      conn.pc.close();
      if (this.links.get(peer) !== link) return;
      this.links.delete(peer);
      this.neighbours.changed();
      this.emit('linkClosed', [peer]);
      this.emit('change', []);
      // Other paths may still reach the peer that left, or the ones it was bridging (T19).
      if (!this.destroyed) setTimeout(() => void this.announce(), 500);
    });
    conn.pc.addEventListener('connectionstatechange', () => {
      if (conn.pc.connectionState === 'failed' || conn.pc.connectionState === 'closed') link.close();
    });
    for (const sync of this.docs) sync.addLink(link);
    this.emit('linked', [peer, conn.pc]);
    this.emit('change', []);
    void this.announce();
    return true;
  }

  // --- envelopes ----------------------------------------------------------------------------

  private async send(env: Envelope, via: Source, except?: Link): Promise<void> {
    const sealed = await sealEnvelope(this.key, env);
    if (via.kind === 'transport') return via.transport.send(sealed);
    for (const link of this.links.values()) if (link !== except && link.state === 'open') link.sendSignal(sealed);
    if (via.kind === 'local') for (const t of this.transports) t.send(sealed);
  }

  /** Tells everyone reachable that this device is here (T18). */
  async announce(): Promise<void> {
    if (this.destroyed) return;
    await this.send(makeEnvelope({ kind: 'announce', from: this.peerId }), { kind: 'local' });
  }

  async receiveEnvelope(sealed: Uint8Array, source: Source): Promise<void> {
    if (this.destroyed) return;
    const env = await openEnvelope(this.key, sealed);
    if (!env) {
      this.counts.refusedEnvelopes += 1;
      this.emit('change', []);
      return;
    }
    if (Math.abs(Date.now() - env.at) > ENVELOPE_WINDOW_MS || !this.seen.add(env.id)) {
      this.counts.replayedEnvelopes += 1;
      return;
    }
    if (env.from === this.peerId) return;
    // Relay through peers: pass on what is not only for us, one hop less each time (T18).
    if (source.kind === 'link' && env.to !== this.peerId && env.ttl > 0) {
      await this.send({ ...env, ttl: env.ttl - 1 }, source, source.link);
    }
    if (env.to !== undefined && env.to !== this.peerId) return;
    if (env.kind === 'announce') await this.onAnnounce(env.from, source);
    else if (env.kind === 'offer' && env.sdp) await this.onOffer(env.from, env.sdp, source);
    else if (env.kind === 'answer' && env.sdp) await this.onAnswer(env.from, env.sdp);
  }

  private hasRoom(): boolean {
    return this.links.size + this.pending.size < this.maxLinks;
  }

  private async onAnnounce(peer: PeerId, via: Source): Promise<void> {
    if (this.links.has(peer) || this.pending.has(peer) || !this.hasRoom()) return;
    if (this.peerId < peer) {
      await this.offerTo(peer, via);
    } else {
      // The lower id offers; make sure it knows about us soon (rate-limited per peer).
      const last = this.lastAnnounceTo.get(peer) ?? 0;
      if (Date.now() - last < 3000) return;
      this.lastAnnounceTo.set(peer, Date.now());
      await this.send(makeEnvelope({ kind: 'announce', from: this.peerId, to: peer }), via.kind === 'transport' ? via : { kind: 'local' });
    }
  }

  private track(peer: PeerId, conn: PeerConnection): void {
    const timer = setTimeout(() => {
      if (this.pending.get(peer)?.conn === conn) {
        this.pending.delete(peer);
        if (!this.links.has(peer)) conn.pc.close();
      }
    }, CONNECT_TIMEOUT_MS);
    this.pending.set(peer, { conn, timer });
  }

  private untrack(peer: PeerId): void {
    const p = this.pending.get(peer);
    if (p) clearTimeout(p.timer);
    this.pending.delete(peer);
  }

  private async offerTo(peer: PeerId, via: Source): Promise<void> {
    const conn = newPeerConnection(this.opts.rtcConfig ?? RTC_CONFIG);
    this.track(peer, conn);
    const sdp = await createOffer(conn.pc);
    await this.send(makeEnvelope({ kind: 'offer', from: this.peerId, to: peer, sdp }), via.kind === 'transport' ? via : { kind: 'local' });
    void this.adopt(conn, peer).finally(() => this.untrack(peer));
  }

  private async onOffer(peer: PeerId, offerSdp: string, via: Source): Promise<void> {
    if (this.links.has(peer) || this.pending.has(peer) || !this.hasRoom()) return;
    const conn = newPeerConnection(this.opts.rtcConfig ?? RTC_CONFIG);
    this.track(peer, conn);
    try {
      const sdp = await createAnswer(conn.pc, offerSdp);
      await this.send(
        makeEnvelope({ kind: 'answer', from: this.peerId, to: peer, sdp }),
        via.kind === 'transport' ? via : { kind: 'local' },
      );
    } catch {
      this.untrack(peer);
      conn.pc.close();
      this.counts.failedConnections += 1;
      return;
    }
    void this.adopt(conn, peer).finally(() => this.untrack(peer));
  }

  private async onAnswer(peer: PeerId, answerSdp: string): Promise<void> {
    const p = this.pending.get(peer);
    if (!p || p.conn.pc.signalingState !== 'have-local-offer') return;
    try {
      await p.conn.pc.setRemoteDescription({ type: 'answer', sdp: answerSdp });
    } catch {
      this.counts.failedConnections += 1;
    }
  }

  override destroy(): void {
    this.destroyed = true;
    clearInterval(this.announceTimer);
    for (const t of this.transports) t.close();
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.conn.pc.close();
    }
    for (const link of this.links.values()) link.close();
    this.links.clear();
    super.destroy();
  }
}
