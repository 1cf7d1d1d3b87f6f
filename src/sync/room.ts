// The mesh of one meeting room on this device (rules T9-T13, T18, T19). It keeps the links: each
// connection, once its channel is open and its hello authenticated, becomes the one link to its
// peer, and every attached document gets it. Getting connections is the work of its parts: QR
// pairing (roomPairing.ts), relay signaling through peers and transports (roomSignaling.ts), and
// the one-scan rejoin (rejoin.ts, through adoptConnection). The peer connection factory and the
// clock are injected, so the room runs over an in-memory network in tests.
import { ObservableV2 } from 'lib0/observable';
import { fromDataChannel, type Channel } from './channel';
import { deriveRoomKey, type RoomKey } from './crypto';
import type { DocSync } from './docSync';
import { pairKey, replacesExisting } from './duplicateLinks';
import { newPeerId, type PeerId } from './envelope';
import { emptySentByKind, Link, type LinkOptions, type SentByKind } from './link';
import type { VersionMismatch } from '../domain/protocolVersion';
import { Neighbours } from './neighbours';
import type { Invitation } from './pairingCode';
import { redundantLink, TARGET_LINKS } from './roomShape';
import { farTarget, LOCAL_LINKS, tradeLink } from './farLinks';
import { mapEntries } from './roomMap';
import { emptyRoomCounts, type RoomCounts } from './roomCounts';
import { Pairing, type PendingInvitation } from './roomPairing';
import { CONNECT_TIMEOUT_MS, Signaling, type Source } from './roomSignaling';
import { newPeerConnection, RTC_CONFIG, whenChannelOpen, type PeerConnection } from './rtc';
import type { SignalTransport } from './transport';

export { INVITATION_TTL_MS, type PendingInvitation } from './roomPairing';
export type { RoomCounts } from './roomCounts';
export type { Source } from './roomSignaling';

const DEFAULT_MAX_LINKS = 6;
const ANNOUNCE_EVERY_MS = 8_000;
const ANNOUNCE_MAX_MS = 64_000;
const HELLO_TIMEOUT_MS = 10_000;
/** After a link closes, re-announce this soon: other paths may reach who it bridged (T19). */
const REANNOUNCE_AFTER_CLOSE_MS = 500;
/** Past the limit, wait for the new peer's first pings (what it hears) before choosing a link to drop. */
const TRIM_AFTER_MS = 3000;
/** How often a device with a free far slot looks at the room's map (Z7), plus up to half again at random. */
const FAR_CHECK_MS = 2000;
/** A far device that did not link (declined, unreachable) is not offered again for this long. */
const FAR_RETRY_MS = 20_000;
/** After an invitation is shown, the room's state is encoded for its joiner this soon (T1). */
const PREPARE_AFTER_MS = 300;

interface RoomOptions {
  meetingId: string;
  secret: string;
  maxLinks?: number;
  rtcConfig?: RTCConfiguration;
  /** Makes a peer connection (default: the browser's RTCPeerConnection, rtc.ts). */
  connect?: (config: RTCConfiguration) => PeerConnection;
  /** Makes the link over an open channel (tests: a link they can wait on). */
  link?: (channel: Channel, opts: LinkOptions) => Link;
  now?: () => number;
}

type RoomEvents = {
  change: () => void;
  /** The direct link to this peer closed (its page closed, or the network dropped). */
  linkClosed: (peer: PeerId) => void;
  progress: (peer: PeerId, received: number, total: number) => void;
  /** A link to this peer opened and authenticated (T8); its DTLS connection is `pc` (R3). */
  linked: (peer: PeerId, pc: RTCPeerConnection) => void;
};

export class Room extends ObservableV2<RoomEvents> {
  readonly peerId: PeerId = newPeerId();
  readonly links = new Map<PeerId, Link>();
  readonly counts: RoomCounts = emptyRoomCounts();
  /** Plain bytes this device handed all its links, by kind (diagnostics, issue 17). */
  readonly sent: SentByKind = emptySentByKind();
  readonly maxLinks: number;
  /** The last device met on a room protocol this one does not share (issue 21), for the room screen. */
  versionProblem: VersionMismatch | null = null;
  /** Who our neighbours hear (their pings): freshness of far devices and forwarding (T30, T31). */
  readonly neighbours = new Neighbours(() => this.links.values());
  readonly now: () => number;
  private readonly linkKeys = new WeakMap<Link, string>();
  private readonly declined = new WeakSet<RTCPeerConnection>();
  private readonly docs = new Set<DocSync>();
  /** Links whose hellos are still being exchanged: documents listen to them already (T8). */
  private readonly greeting = new Set<Link>();
  private readonly pairing: Pairing;
  private readonly signaling: Signaling;
  private announceTimer: ReturnType<typeof setTimeout>;
  private announceEvery = ANNOUNCE_EVERY_MS;
  private farTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly farTried = new Map<PeerId, number>();
  /** Far links offered (Z7), for the zone report. */
  farOffers = 0;
  /** Links given up for far links (Z7), for the zone report. */
  trades = 0;
  private destroyed = false;

  private constructor(
    readonly meetingId: string,
    readonly key: RoomKey,
    private readonly opts: RoomOptions,
  ) {
    super();
    this.maxLinks = opts.maxLinks ?? DEFAULT_MAX_LINKS;
    this.now = opts.now ?? Date.now;
    const parts = {
      meetingId,
      key,
      peerId: this.peerId,
      links: this.links,
      counts: this.counts,
      now: () => this.now(),
      connect: () => (opts.connect ?? newPeerConnection)(opts.rtcConfig ?? RTC_CONFIG),
      adopt: (conn: PeerConnection, peer: PeerId, timeoutMs?: number) => this.adopt(conn, peer, timeoutMs),
      refusedReply: () => (this.counts.refusedEnvelopes += 1),
      linkCount: () => this.openLinks(),
      full: (pending: number) => this.links.size + pending >= this.maxLinks,
      local: (pending: number) => this.links.size + pending >= Math.min(LOCAL_LINKS, this.maxLinks),
      declined: (conn: PeerConnection) => this.declined.add(conn.pc),
      redundant: () => redundantLink(this.links, this.neighbours),
      trade: (peer: PeerId) => this.trade(peer),
      destroyed: () => this.destroyed,
      changed: () => this.emit('change', []),
    };
    this.pairing = new Pairing(parts);
    this.signaling = new Signaling(parts);
    this.announceTimer = setTimeout(() => this.periodicAnnounce(), ANNOUNCE_EVERY_MS);
    this.scheduleFarCheck();
  }

  private openPeers(): PeerId[] {
    return [...this.links].filter(([, l]) => l.state === 'open').map(([p]) => p);
  }

  private scheduleFarCheck(): void {
    if (this.destroyed) return;
    this.farTimer = setTimeout(() => this.farCheck(), FAR_CHECK_MS * (1 + Math.random() / 2));
  }

  /**
   * Z7: a device with its target links and a slot free offers a link to the farthest device the
   * room's map shows FAR_HOPS or more away with a slot free (farLinks.ts).
   */
  private farCheck(): void {
    this.scheduleFarCheck();
    const sync = this.docs.values().next().value;
    if (!sync || this.openLinks() < TARGET_LINKS || this.links.size + this.signaling.pendingCount >= this.maxLinks) return;
    const now = this.now();
    for (const [p, at] of this.farTried) if (now - at >= FAR_RETRY_MS) this.farTried.delete(p);
    const entries = mapEntries(sync.awareness.getStates().values());
    const pick = (n: number) => Math.floor(Math.random() * n);
    const target = farTarget(this.peerId, entries, this.openPeers(), this.maxLinks, (p) => this.farTried.has(p), pick);
    if (!target) return;
    this.farTried.set(target, now);
    this.farOffers += 1;
    void this.signaling.offerFar(target);
  }

  /** Z7: the link to give up for a far link to `peer`, by the room's map (farLinks.ts). */
  private trade(peer: PeerId): Link | null {
    const sync = this.docs.values().next().value;
    if (!sync) return null;
    const drop = tradeLink(this.peerId, peer, mapEntries(sync.awareness.getStates().values()), this.openPeers(), TARGET_LINKS);
    if (drop) this.trades += 1;
    return drop ? (this.links.get(drop) ?? null) : null;
  }

  private openLinks(): number {
    let n = 0;
    for (const link of this.links.values()) if (link.state === 'open') n += 1;
    return n;
  }

  /**
   * Announces go out every ANNOUNCE_EVERY_MS while this device is below the target, and ever more
   * seldom (up to ANNOUNCE_MAX_MS, then not at all) once it has enough links; a device at its limit
   * does not announce, since a newcomer's announce finds it (Z4). Any change of links starts over.
   */
  private periodicAnnounce(): void {
    if (this.destroyed) return;
    const links = this.openLinks();
    if (links < this.maxLinks) void this.announce();
    if (links >= TARGET_LINKS) {
      // Past the longest period, a device with enough links is quiet until its links change: an
      // idle room costs no announces however large it grows (Z4).
      if (this.announceEvery >= ANNOUNCE_MAX_MS) return;
      this.announceEvery = Math.min(this.announceEvery * 2, ANNOUNCE_MAX_MS);
    }
    this.announceTimer = setTimeout(() => this.periodicAnnounce(), this.announceEvery);
  }

  private linksChanged(): void {
    this.announceEvery = ANNOUNCE_EVERY_MS;
    clearTimeout(this.announceTimer);
    if (!this.destroyed) this.announceTimer = setTimeout(() => this.periodicAnnounce(), ANNOUNCE_EVERY_MS);
  }

  static async create(opts: RoomOptions): Promise<Room> {
    return new Room(opts.meetingId, await deriveRoomKey(opts.secret, opts.meetingId), opts);
  }

  attachDoc(sync: DocSync): void {
    this.docs.add(sync);
    sync.topology = this.neighbours;
    for (const link of [...this.links.values(), ...this.greeting]) sync.addLink(link);
  }

  detachDoc(sync: DocSync): void {
    this.docs.delete(sync);
  }

  addTransport(t: SignalTransport): void {
    this.signaling.addTransport(t);
  }

  async createInvitation(secret: string): Promise<PendingInvitation> {
    const invitation = await this.pairing.createInvitation(secret);
    // The joiner will most likely have none of the room's state: encode it while the code is on
    // screen (after it is drawn), not while the joiner waits for its step 2 (T1).
    setTimeout(() => {
      if (!this.destroyed) for (const sync of this.docs) sync.whole.prepare();
    }, PREPARE_AFTER_MS);
    return invitation;
  }

  /** The joiner's side: answers a scanned invitation; `linked` settles when the link is up. */
  answerInvitation(inv: Invitation): Promise<{ code: string; candidates: number; linked: Promise<boolean> }> {
    return this.pairing.answerInvitation(inv);
  }

  /** Tells everyone reachable that this device is here (T18). */
  announce(): Promise<void> {
    return this.signaling.announce();
  }

  receiveEnvelope(sealed: Uint8Array, source: Source): Promise<void> {
    return this.signaling.receive(sealed, source);
  }

  /** A connection signalled another way (the one-scan rejoin, rejoin.ts), kept like any link. */
  adoptConnection(conn: PeerConnection, peer: PeerId, channel?: Channel): Promise<boolean> {
    return this.adopt(conn, peer, CONNECT_TIMEOUT_MS, channel);
  }

  /** Waits for the channel, authenticates it and keeps it as the link to `peer`. */
  private async adopt(conn: PeerConnection, peer: PeerId, timeoutMs = CONNECT_TIMEOUT_MS, channel?: Channel): Promise<boolean> {
    const opened = await whenChannelOpen(conn.channel, conn.pc, timeoutMs);
    if (!opened || this.destroyed) {
      this.counts.failedConnections += opened || this.declined.has(conn.pc) ? 0 : 1;
      conn.pc.close();
      this.emit('change', []);
      return false;
    }
    const linkOpts: LinkOptions = { key: this.key, localPeer: this.peerId, remotePeer: peer, now: this.now, sent: this.sent };
    const link = (this.opts.link ?? ((c, o) => new Link(c, o)))(channel ?? fromDataChannel(conn.channel), linkOpts);
    this.neighbours.attach(link);
    // Documents take the link now: their step 1 follows our hello, and the peer's, right behind
    // its hello, finds them listening (T8). A link refused or left as a duplicate closes, and they let go.
    this.greeting.add(link);
    for (const sync of this.docs) sync.addLink(link);
    const ok = await this.authenticated(link);
    this.greeting.delete(link);
    if (!ok || this.destroyed) {
      if (link.counts.refused) this.counts.refusedLinks += 1;
      if (link.version && !link.version.ok) this.versionProblem = link.version;
      link.close();
      conn.pc.close();
      this.emit('change', []);
      return false;
    }
    // Two links to one peer: both sides keep the same one (T13).
    const key = pairKey(conn.pc);
    const existing = this.links.get(peer);
    if (existing && existing.state === 'open') {
      if (!replacesExisting(key, this.linkKeys.get(existing) ?? '')) {
        link.close();
        conn.pc.close();
        return true;
      }
      this.links.delete(peer);
      existing.close();
    }
    this.keep(peer, link, conn, key);
    return true;
  }

  private authenticated(link: Link): Promise<boolean> {
    return new Promise<boolean>((ok) => {
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
  }

  private keep(peer: PeerId, link: Link, conn: PeerConnection, key: string): void {
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
      this.linksChanged();
      this.emit('linkClosed', [peer]);
      this.emit('change', []);
      // Other paths may still reach the peer that left, or the ones it was bridging (T19).
      if (!this.destroyed) setTimeout(() => void this.announce(), REANNOUNCE_AFTER_CLOSE_MS);
    });
    conn.pc.addEventListener('connectionstatechange', () => {
      if (conn.pc.connectionState === 'failed' || conn.pc.connectionState === 'closed') link.close();
    });
    for (const sync of this.docs) sync.addLink(link);
    this.linksChanged();
    this.emit('linked', [peer, conn.pc]);
    this.emit('change', []);
    // A QR pairing is never refused; past the limit, a redundant link makes room for it (Z2).
    if (this.links.size > this.maxLinks) setTimeout(() => this.trim(peer), TRIM_AFTER_MS);
    void this.announce();
  }

  private trim(keep: PeerId): void {
    if (this.destroyed || this.links.size <= this.maxLinks) return;
    redundantLink(this.links, this.neighbours, keep)?.close();
  }

  override destroy(): void {
    this.destroyed = true;
    clearTimeout(this.announceTimer);
    clearTimeout(this.farTimer);
    this.signaling.close();
    for (const link of this.links.values()) link.close();
    this.links.clear();
    super.destroy();
  }
}
