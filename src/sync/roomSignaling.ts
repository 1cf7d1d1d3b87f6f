// Signaling inside the room (rules T9-T11, T18, T19): sealed envelopes relayed through linked
// peers, the LAN relay and other tabs. Each device announces itself; on an announce the lower peer
// id offers, the other answers, and the room keeps the link (room.ts). Envelopes are opened with
// the room key, taken once and only within the clock window, and passed on one hop less each time.
import type { RoomKey } from './crypto';
import { makeEnvelope, openEnvelope, sealEnvelope, SeenIds, ENVELOPE_WINDOW_MS, type Envelope, type PeerId } from './envelope';
import type { Link } from './link';
import { TARGET_LINKS } from './roomShape';
import type { RoomCounts } from './roomCounts';
import { createAnswer, createOffer, type PeerConnection } from './rtc';
import type { SignalTransport } from './transport';

export const CONNECT_TIMEOUT_MS = 20_000;
/** An announce back to one peer is sent at most this often (the lower id offers, T18). */
const ANNOUNCE_BACK_MS = 3000;

export type Source = { kind: 'link'; link: Link } | { kind: 'transport'; transport: SignalTransport } | { kind: 'local' };

/** What signaling needs of the room. */
interface SignalingHost {
  readonly peerId: PeerId;
  readonly links: ReadonlyMap<PeerId, Link>;
  readonly counts: RoomCounts;
  readonly key: RoomKey;
  now(): number;
  connect(): PeerConnection;
  adopt(conn: PeerConnection, peer: PeerId): Promise<boolean>;
  /** Open links now, and whether this device is at its limit (counting pairings under way). */
  linkCount(): number;
  full(pending: number): boolean;
  /** At LOCAL_LINKS: no more links from announces, the slots left wait for far links (Z7). */
  local(pending: number): boolean;
  /** The peer declined this connection (no room): not a failure. */
  declined(conn: PeerConnection): void;
  /** A link this device may drop for a peer with too few (Z2), or null. */
  redundant(): Link | null;
  /** A link this device may drop for a far link to `peer` that shortens the mesh (Z7), or null. */
  trade(peer: PeerId): Link | null;
  destroyed(): boolean;
  changed(): void;
}

interface Pending {
  conn: PeerConnection;
  timer: ReturnType<typeof setTimeout>;
}

export class Signaling {
  private readonly pending = new Map<PeerId, Pending>();
  private readonly transports = new Set<SignalTransport>();
  private readonly seen = new SeenIds();
  private readonly lastAnnounceTo = new Map<PeerId, number>();
  /** The link each peer's latest envelope first arrived on: the way back to it (T18). */
  private readonly routes = new Map<PeerId, Link>();

  constructor(private readonly host: SignalingHost) {}

  get pendingCount(): number {
    return this.pending.size;
  }

  addTransport(t: SignalTransport): void {
    this.transports.add(t);
    t.start(
      (sealed) => void this.receive(sealed, { kind: 'transport', transport: t }),
      () => void this.announce(),
    );
  }

  private async send(env: Envelope, via: Source, except?: Link): Promise<void> {
    const sealed = await sealEnvelope(this.host.key, env);
    if (via.kind === 'transport') return via.transport.send(sealed);
    // An envelope for one peer goes back the way that peer's last envelope came, not to the whole
    // mesh; where that link has closed (or is where it came from), it floods as before.
    const route = env.to === undefined ? undefined : this.routes.get(env.to);
    if (route && route !== except && route.state === 'open') return route.sendSignal(sealed);
    for (const link of this.host.links.values()) if (link !== except && link.state === 'open') link.sendSignal(sealed);
    if (via.kind === 'local') for (const t of this.transports) t.send(sealed);
  }

  private envelope(fields: Parameters<typeof makeEnvelope>[0]): Envelope {
    return makeEnvelope(fields, this.host.now());
  }

  /** What an announce or offer says of this device's links (Z1-Z3). */
  private shape(): { n: number; full: boolean } {
    // "full" to announces from LOCAL_LINKS on: the slots left are for far links (Z7) and for
    // devices with too few links, which still offer to a device that says it is full (Z3).
    return { n: this.host.linkCount(), full: this.host.local(this.pending.size) };
  }

  /** Tells everyone reachable that this device is here (T18). */
  async announce(): Promise<void> {
    if (this.host.destroyed()) return;
    await this.send(this.envelope({ kind: 'announce', from: this.host.peerId, ...this.shape() }), { kind: 'local' });
  }

  async receive(sealed: Uint8Array, source: Source): Promise<void> {
    const host = this.host;
    if (host.destroyed()) return;
    const env = await openEnvelope(host.key, sealed);
    if (!env) {
      host.counts.refusedEnvelopes += 1;
      host.changed();
      return;
    }
    if (Math.abs(host.now() - env.at) > ENVELOPE_WINDOW_MS || !this.seen.add(env.id)) {
      host.counts.replayedEnvelopes += 1;
      return;
    }
    if (env.from === host.peerId) return;
    if (source.kind === 'link') this.routes.set(env.from, source.link);
    // Relay through peers: pass on what is not only for us, one hop less each time (T18).
    if (source.kind === 'link' && env.to !== host.peerId && env.ttl > 0) {
      await this.send({ ...env, ttl: env.ttl - 1 }, source, source.link);
    }
    if (env.to !== undefined && env.to !== host.peerId) return;
    if (env.kind === 'announce') await this.onAnnounce(env, source);
    else if (env.kind === 'offer' && env.sdp) await this.onOffer(env.from, env.sdp, env.n, source);
    else if (env.kind === 'answer') await this.onAnswer(env.from, env.sdp);
  }

  private canPair(peer: PeerId): boolean {
    return !this.host.links.has(peer) && !this.pending.has(peer);
  }

  private replyVia(via: Source): Source {
    return via.kind === 'transport' ? via : { kind: 'local' };
  }

  /** A peer that says it has fewer than TARGET_LINKS links (an old peer says nothing: no). */
  private needy(n: number | undefined): boolean {
    return n !== undefined && n < TARGET_LINKS;
  }

  private async onAnnounce(env: Envelope, via: Source): Promise<void> {
    const peer = env.from;
    if (!this.canPair(peer)) return;
    if (this.host.local(this.pending.size)) {
      // Past the links announces make: tell a device with too few links that we have room, or
      // could make room at the limit (Z2). It offers; the link to drop is chosen only then, so a
      // device that found links elsewhere costs none.
      if (this.needy(env.n) && (!this.host.full(this.pending.size) || this.host.redundant())) await this.announceBack(peer, via);
      return;
    }
    if (env.full) {
      // A device at its limit answered our announce: offer while we are below the target (Z3).
      if (this.host.linkCount() + this.pending.size < TARGET_LINKS) await this.offerTo(peer, via);
      return;
    }
    // The lower id offers; the other makes sure it knows about us soon.
    if (this.host.peerId < peer) await this.offerTo(peer, via);
    else await this.announceBack(peer, via);
  }

  /** An announce to one peer (rate-limited per peer). */
  private async announceBack(peer: PeerId, via: Source): Promise<void> {
    const last = this.lastAnnounceTo.get(peer) ?? -Infinity;
    if (this.host.now() - last < ANNOUNCE_BACK_MS) return;
    this.lastAnnounceTo.set(peer, this.host.now());
    await this.send(this.envelope({ kind: 'announce', from: this.host.peerId, to: peer, ...this.shape() }), this.replyVia(via));
  }

  private track(peer: PeerId, conn: PeerConnection): void {
    const timer = setTimeout(() => {
      if (this.pending.get(peer)?.conn === conn) {
        this.pending.delete(peer);
        if (!this.host.links.has(peer)) conn.pc.close();
      }
    }, CONNECT_TIMEOUT_MS);
    this.pending.set(peer, { conn, timer });
  }

  private untrack(peer: PeerId): void {
    const p = this.pending.get(peer);
    if (p) clearTimeout(p.timer);
    this.pending.delete(peer);
  }

  /** A link to a device the room's map shows FAR_HOPS or more away (Z7). */
  async offerFar(peer: PeerId): Promise<void> {
    if (this.host.destroyed() || !this.canPair(peer) || this.host.full(this.pending.size)) return;
    await this.offerTo(peer, { kind: 'local' });
  }

  private async offerTo(peer: PeerId, via: Source): Promise<void> {
    const conn = this.host.connect();
    this.track(peer, conn);
    const sdp = await createOffer(conn.pc);
    await this.send(this.envelope({ kind: 'offer', from: this.host.peerId, to: peer, sdp, ...this.shape() }), this.replyVia(via));
    void this.host.adopt(conn, peer).finally(() => this.untrack(peer));
  }

  private async onOffer(peer: PeerId, offerSdp: string, n: number | undefined, via: Source): Promise<void> {
    if (!this.canPair(peer)) return;
    if (this.host.full(this.pending.size)) {
      // Make room for a device with too few links by dropping a redundant one (Z2).
      // Any other offer reaching a device at its limit is a far link (Z7): taken when the map
      // shows the trade brings devices within three hops.
      const drop = this.needy(n) ? this.host.redundant() : this.host.trade(peer);
      if (!drop) return this.decline(peer, via);
      drop.close();
    }
    const conn = this.host.connect();
    this.track(peer, conn);
    try {
      const sdp = await createAnswer(conn.pc, offerSdp);
      await this.send(this.envelope({ kind: 'answer', from: this.host.peerId, to: peer, sdp }), this.replyVia(via));
    } catch {
      this.untrack(peer);
      conn.pc.close();
      this.host.counts.failedConnections += 1;
      return;
    }
    void this.host.adopt(conn, peer).finally(() => this.untrack(peer));
  }

  /** An answer without SDP: no room here, so the offerer frees its slot at once (Z3). */
  private async decline(peer: PeerId, via: Source): Promise<void> {
    await this.send(this.envelope({ kind: 'answer', from: this.host.peerId, to: peer, ...this.shape() }), this.replyVia(via));
  }

  private async onAnswer(peer: PeerId, answerSdp: string | undefined): Promise<void> {
    const p = this.pending.get(peer);
    if (!p || p.conn.pc.signalingState !== 'have-local-offer') return;
    if (answerSdp === undefined) {
      // Declined, not failed: an old peer never declines, it only stays silent until the timeout.
      this.host.declined(p.conn);
      this.untrack(peer);
      p.conn.pc.close();
      return;
    }
    try {
      await p.conn.pc.setRemoteDescription({ type: 'answer', sdp: answerSdp });
    } catch {
      this.host.counts.failedConnections += 1;
    }
  }

  close(): void {
    for (const t of this.transports) t.close();
    for (const p of this.pending.values()) {
      clearTimeout(p.timer);
      p.conn.pc.close();
    }
    this.pending.clear();
  }
}
