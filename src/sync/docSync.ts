// The y-protocols provider for one document over any number of links (rules T1, T2, T14, T15,
// T29, T31, T35). Sync step 1/2 when a link opens, then incremental updates, passed on only to
// neighbours that may lack them (forwarder.ts). Each side tells its neighbours its state vector
// whenever it changes; a neighbour that stays behind (or ahead) for a few seconds gets a repair
// (T29), so no single lost message can stall a room. Awareness (who is here) goes on by the same
// rule: not to a neighbour the sender hears directly (T15); its renewals along the room's map,
// with a repair for one that was late (T41, presenceTree.ts).
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { ObservableV2 } from 'lib0/observable';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { toBase64Url } from './bytes';
import { PeerIdSchema, type PeerId } from './envelope';
import { DOC_AWARENESS, DOC_QUERY_AWARENESS, DOC_STATE, DOC_SYNC, type Link } from './link';
import { presenceAll, presenceRemoval, presenceToApply } from './docPresence';
import { PresenceSkips } from './presenceSkips';
import { renewalParent, staleClients } from './presenceTree';
import { updateMeta, type Topology } from './forwarding';
import { Forwarder, type NeighbourState } from './forwarder';
export type { Topology } from './forwarding';
import { WholeState } from './wholeState';
import { MeshMap } from './roomMap';
import { followLag, newsLevel, readStateMessage, readStateVector, stateMessage, type Lag, type StateVector } from './stateVector';

/** How often state vectors are compared and sent when changed. */
const AE_TICK_MS = 1000;
/** A gap that stays open this long is repaired (T29): well above a state vector's ~1 s lag. */
export const AE_AFTER_MS = 3000;
/**
 * A neighbour that stays behind this long gets our push (T29). Later than its own pull
 * (AE_AFTER_MS), which it asks of one neighbour only: when every neighbour of a joiner pushed at
 * once, a lost first copy of the meeting cost one copy per link (3.00 over three, CI 7 Dec).
 */
export const PUSH_AFTER_MS = 2 * AE_AFTER_MS;
/**
 * A removal turned down because a neighbour's pings said it heard the peer is looked at again
 * this much later: the pings that follow a departure have arrived, and a live peer told of the
 * removal (tellRefused) has renewed, at a newer clock, well before.
 */
export const REFUSED_RECHECK_MS = 3000;
/** State vectors are re-sent this often even when unchanged (a lost one is not final). */
const STATE_REFRESH_MS = 5000;
/** After a change, neighbours hear our new state vector this soon at most (their "todos tienen todo"). */
const STATE_SOON_MS = 250;
/** A new link's first step 1 waits at most this long for another link's step 2 (T39): above AE_AFTER_MS, so a lost one is repaired first. */
export const STEP1_HOLD_MS = 8000;
/** After a link closes, our presence is renewed this soon (one renewal for a burst of closes). */
const RENEW_AFTER_MS = 200;
/**
 * After a link opens, our presence lists it this soon (T40; a mesh forming opens links in bursts).
 * The map must be the same on every device, and soon: listed after 10 s, two forwarders often took
 * themselves for a receiver's parent (1.33 copies at 16 devices). The cost is presence while a room
 * forms: 16-87 KiB per device per minute at 32 devices in the first seconds (2-3 before).
 */
const LIST_AFTER_OPEN_MS = 1000;
/** Updates this large (the size deflate starts at, T37) are preceded by our state vector (T38). */
const STATE_FIRST_BYTES = 4096;

type DocSyncEvents = {
  /** A link finished its first exchange (we received its sync step 2). */
  synced: (link: Link) => void;
  /** A message that could not be applied (counted, never thrown). */
  rejected: (link: Link, reason: string) => void;
};

/** remoteSv, remoteReceiving: the neighbour's state vector as it last told us (T29), "receiving". */
interface LinkEntry extends NeighbourState {
  off: () => void;
  synced: boolean;
  /** Our first sync step 1 went out (right after our hello, T8). */
  greeted: boolean;
  /** Our first step 1 waits: another link's step 2 is on its way (T39). */
  held: boolean;
  sentSv: string;
  sentAt: number;
  /** The neighbour lacks what we had at lag.since (push) / we lack what it had (pull). */
  push: Lag | null;
  pull: Lag | null;
}

interface DocSyncOptions {
  now?: () => number;
  tickMs?: number;
}

export class DocSync extends ObservableV2<DocSyncEvents> {
  private readonly links = new Map<Link, LinkEntry>();
  rejected = 0;
  /** Presence updates not passed on to a neighbour the sender hears directly (diagnostics). */
  presenceNotForwarded = 0;
  /** Renewals not passed on to a neighbour whose parent by the map is another device (T41). */
  renewalsNotForwarded = 0;
  /** Neighbours asked for every presence because one was not renewed in time (T41's repair). */
  presenceQueries = 0;
  /** Repairs sent by anti-entropy (step 2 pushed, step 1 re-sent), for tests and diagnostics. */
  repairs = 0;
  /** Bytes of sync step 2 replies (a link's first exchange, a pull) and of pushed repairs, for diagnostics (updates: forwarder.bytes). */
  readonly replyBytes = { step2: 0, repair: 0 };
  /** Passes received updates on where needed (T31), in turn (T35). */
  readonly forwarder = new Forwarder(
    (link, message) => link.sendDoc(this.docId, DOC_SYNC, message),
    (link) => this.links.get(link),
  );
  topology: Topology | null = null;
  /** The step 2 for a peer with none of the document, kept until it changes (T1). */
  readonly whole: WholeState;
  private readonly now: () => number;
  private readonly timer: ReturnType<typeof setInterval>;
  private soon: ReturnType<typeof setTimeout> | undefined;
  /** The first change after a quiet spell is told at once (a forwarder waiting its turn drops its copy, T35). */
  private toldAt = 0;
  /** The message being applied, so the update it produces is forwarded by its kind (T31). */
  private applying: number | null = null;
  private renewal: ReturnType<typeof setTimeout> | undefined;
  private listing: ReturnType<typeof setTimeout> | undefined;
  /** The room's map from every presence's list of links (T40), for forwarding. */
  readonly map = new MeshMap(() => this.awareness.getStates().values());
  /** Removals turned down, looked at again after REFUSED_RECHECK_MS, by client: the clock and the timer. */
  private readonly rechecks = new Map<number, { clock: number; timer: ReturnType<typeof setTimeout> }>();
  /** Presence not passed on because its sender hears the neighbour, until the sender's next ping. */
  private readonly skips = new PresenceSkips();
  /** The clients whose content changed in the awareness update being handled ('change' comes first). */
  private contentChanged: Set<number> | null = null;
  /** When we last asked a neighbour because of each client's stale presence (T41). */
  private readonly asked = new Map<number, number>();
  private destroyed = false;

  constructor(
    readonly docId: string,
    readonly doc: Y.Doc,
    readonly awareness: awarenessProtocol.Awareness,
    opts: DocSyncOptions = {},
  ) {
    super();
    this.now = opts.now ?? Date.now;
    this.whole = new WholeState(doc);
    doc.on('update', this.onDocUpdate);
    awareness.on('change', this.onAwarenessChange);
    awareness.on('update', this.onAwarenessUpdate);
    this.timer = setInterval(() => this.tick(), opts.tickMs ?? AE_TICK_MS);
  }

  isSynced(link: Link): boolean {
    return this.links.get(link)?.synced ?? false;
  }

  /** The neighbour's state vector as last heard on this link (null before its first). */
  peerState(link: Link): { sv: StateVector | null; receiving: boolean; news: number } | null {
    const entry = this.links.get(link);
    return entry ? { sv: entry.remoteSv, receiving: entry.remoteReceiving, news: entry.remoteNews } : null;
  }

  addLink(link: Link): void {
    if (this.links.has(link) || link.state === 'closed') return;
    const onDoc = (docId: string, sub: number, body: Uint8Array) => {
      if (docId === this.docId) this.receive(link, sub, body);
    };
    // Step 1 goes right after our hello; the rest of the greeting once the peer's hello opened (T8).
    const onHello = () => this.sendFirstStep1(link);
    const onOpen = () => this.greet(link);
    const onClose = () => this.removeLink(link);
    // A large message started arriving: neighbours hear "receiving" soon, and wait for it (T35).
    const onProgress = () => this.tickSoon();
    // Neighbours read the ping first (it attached before us): linkedTo is already the new one.
    const onPing = () => this.resendSkipped(link.remotePeer, false);
    link.on('doc', onDoc);
    link.on('ping', onPing);
    link.on('hello', onHello);
    link.on('open', onOpen);
    link.on('close', onClose);
    link.on('progress', onProgress);
    this.links.set(link, {
      synced: false,
      greeted: false,
      held: false,
      remoteSv: null,
      remoteReceiving: false,
      remoteNews: 0,
      sentSv: '',
      sentAt: 0,
      push: null,
      pull: null,
      off: () => {
        link.off('doc', onDoc);
        link.off('hello', onHello);
        link.off('open', onOpen);
        link.off('close', onClose);
        link.off('progress', onProgress);
        link.off('ping', onPing);
      },
    });
    if (link.state === 'open') this.greet(link);
    else if (link.helloQueued) this.sendFirstStep1(link);
  }

  removeLink(link: Link): void {
    const entry = this.links.get(link);
    if (!entry) return;
    entry.off();
    this.links.delete(link);
    this.releaseHeld();
    // The peer on this link may have left: its presence goes at once, not after awareness's 30 s
    // timeout (T15). Not if we have another link to it (a duplicate closing, or one still
    // opening): its removal would travel to every device, and the other link's copy of the same
    // presence, at the same clock, would not bring it back until its next renewal (up to 15 s).
    // Nor while a neighbour still hears it: the link was given up, the peer is still here (Z2).
    // Devices farther away that we heard through this link stay: in a mesh they reach us some
    // other way, and a removal of them, at their own clock, travelled to every device that did not
    // hear them, which lacked a live device until its next renewal (7 Dec, zone test: 1 run in 8
    // under load at 16 devices). A far device that did leave is removed by its own neighbours, and
    // one we no longer hear is "sin respuesta" once its presence is old (FarPresence, T28).
    const stillLinked = this.linkedTo(link.remotePeer);
    // Every presence of the peer, however many links carried it: neighbours pass it on to us.
    const theirs = stillLinked
      ? []
      : [...this.awareness.getStates().keys()].filter((c) => c !== this.doc.clientID && this.peerOfClient(c) === link.remotePeer);
    const gone = theirs.filter((c) => !this.stillHere(this.awareness.getStates().get(c)));
    // Kept because a neighbour's pings said it hears the peer: looked at again once they have
    // caught up (a peer that only moved farther renews at once, RENEW_AFTER_MS).
    for (const c of theirs) if (!gone.includes(c)) this.recheckRefused(c, this.awareness.meta.get(c)?.clock ?? 0);
    if (gone.length) awarenessProtocol.removeAwarenessStates(this.awareness, gone, 'link-closed');
    this.map.changed();
    // No ping of that peer will come to say it passed on what we skipped: we send it ourselves.
    if (!stillLinked) this.resendSkipped(link.remotePeer, true);
    this.renewSoon();
  }

  /** The presence skipped for neighbours `sender` no longer hears goes to them now (PresenceSkips). */
  private resendSkipped(sender: PeerId, closed: boolean): void {
    const hears = (peer: PeerId) => !closed && (this.topology?.linkedTo(sender).has(peer) ?? false);
    for (const [neighbour, clients] of this.skips.settle(sender, hears)) {
      const to = [...this.links.keys()].find((l) => l.remotePeer === neighbour && l.state === 'open');
      const known = clients.filter((c) => this.awareness.meta.has(c));
      if (to && known.length) to.sendDoc(this.docId, DOC_AWARENESS, awarenessProtocol.encodeAwarenessUpdate(this.awareness, known));
    }
  }

  /**
   * Our links changed: devices that heard of us through that link, or through a neighbour of
   * ours on it, now reach us some longer way, and a renewal of our presence (a newer clock) tells
   * them we are still here (FarPresence, T28). It lists our links (the room's map, T40). Many
   * closes at once send one.
   */
  private renewSoon(): void {
    if (this.destroyed) return;
    this.renewal ??= setTimeout(() => {
      this.renewal = undefined;
      const mine = this.awareness.getLocalState();
      if (mine && !this.destroyed) this.awareness.setLocalState({ ...mine, links: this.openPeers().sort() });
    }, RENEW_AFTER_MS);
  }

  /** A link opened: our presence lists it a while later, unless a renewal listed it first (T40). */
  private listSoon(): void {
    if (this.destroyed) return;
    this.listing ??= setTimeout(() => {
      this.listing = undefined;
      const mine = this.awareness.getLocalState();
      const links = this.openPeers().sort();
      if (!mine || this.destroyed || JSON.stringify(mine.links) === JSON.stringify(links)) return;
      this.awareness.setLocalStateField('links', links);
    }, LIST_AFTER_OPEN_MS);
  }

  private openPeers(): PeerId[] {
    return [...this.links.keys()].filter((l) => l.state === 'open').map((l) => l.remotePeer);
  }

  override destroy(): void {
    this.destroyed = true;
    clearTimeout(this.renewal);
    clearTimeout(this.listing);
    this.rechecks.forEach((r) => clearTimeout(r.timer));
    this.rechecks.clear();
    this.skips.clear();
    clearInterval(this.timer);
    clearTimeout(this.soon);
    this.forwarder.clear();
    this.whole.destroy();
    for (const link of [...this.links.keys()]) this.removeLink(link);
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('change', this.onAwarenessChange);
    this.awareness.off('update', this.onAwarenessUpdate);
    super.destroy();
  }

  private greet(link: Link): void {
    this.map.changed();
    this.listSoon();
    this.sendFirstStep1(link);
    if (this.awareness.getStates().size) link.sendDoc(this.docId, DOC_AWARENESS, presenceAll(this.awareness));
  }

  /** Our state vector, once per link, as early as the link allows: the peer's step 2 is the wait (T1, T8). */
  private sendFirstStep1(link: Link): void {
    const entry = this.links.get(link);
    if (!entry || entry.greeted) return;
    // A joiner's step 1 says it has nothing, and each neighbour answers with the whole meeting:
    // while one link's answer is on its way, new links wait for it (T39), and then ask only for
    // what is still missing. A lost answer is repaired by anti-entropy (T29) within STEP1_HOLD_MS.
    if (this.awaitingStep2(link)) {
      entry.held = true;
      return;
    }
    entry.held = false;
    entry.greeted = true;
    // Step 1 carries our state vector: the neighbour knows it without a separate message.
    entry.sentSv = toBase64Url(Y.encodeStateVector(this.doc));
    entry.sentAt = this.now();
    this.sendStep1(link, true);
  }

  /** Another link sent its first step 1 within STEP1_HOLD_MS and has had no step 2 yet. */
  private awaitingStep2(except: Link): boolean {
    const now = this.now();
    for (const [l, e] of this.links)
      if (l !== except && l.state !== 'closed' && e.greeted && !e.synced && now - e.sentAt < STEP1_HOLD_MS) return true;
    return false;
  }

  /** Held first steps 1 go out, one link at a time, once no other link's step 2 is awaited (T39). */
  private releaseHeld(): void {
    for (const [l, e] of this.links) if (e.held && !this.awaitingStep2(l)) this.sendFirstStep1(l);
  }

  private sendStep1(link: Link, beforeOpen = false): void {
    const step1 = encoding.createEncoder();
    syncProtocol.writeSyncStep1(step1, this.doc);
    link.sendDoc(this.docId, DOC_SYNC, encoding.toUint8Array(step1), beforeOpen);
  }

  private receive(link: Link, sub: number, body: Uint8Array): void {
    const entry = this.links.get(link);
    if (!entry) return;
    try {
      if (sub === DOC_SYNC) this.receiveSync(link, entry, body);
      else if (sub === DOC_STATE) {
        const state = readStateMessage(body);
        if (!state) return this.reject(link, 'state');
        [entry.remoteSv, entry.remoteReceiving, entry.remoteNews] = [state.sv, state.receiving, state.news];
        // News travels on at the pace of state messages (T38), so a device a few hops from a
        // write hears that data is on its way before the data does (tick sends only what changed).
        this.tickSoon();
      } else if (sub === DOC_AWARENESS) {
        const update = presenceToApply(
          body,
          this.awareness,
          (state) => this.stillHere(state),
          (client, clock) => {
            this.tellRefused(client, clock);
            this.recheckRefused(client, clock);
          },
        );
        if (update) awarenessProtocol.applyAwarenessUpdate(this.awareness, update, link);
      } else if (sub === DOC_QUERY_AWARENESS) {
        link.sendDoc(this.docId, DOC_AWARENESS, presenceAll(this.awareness));
      } else {
        this.reject(link, 'unknown');
      }
    } catch {
      this.reject(link, 'malformed');
    }
  }

  private receiveSync(link: Link, entry: LinkEntry, body: Uint8Array): void {
    const peek = decoding.createDecoder(body);
    const type = decoding.readVarUint(peek);
    if (type === syncProtocol.messageYjsSyncStep1) {
      const sv = readStateVector(decoding.readVarUint8Array(peek));
      if (sv) entry.remoteSv = sv;
      // A joiner with none of it: the whole state, encoded once (maybe before it asked).
      const whole = sv && this.whole.replyFor(sv);
      if (whole) {
        this.replyBytes.step2 += whole.length;
        return link.sendDoc(this.docId, DOC_SYNC, whole);
      }
    }
    const dec = decoding.createDecoder(body);
    const reply = encoding.createEncoder();
    let failed = false;
    this.applying = type;
    try {
      syncProtocol.readSyncMessage(dec, reply, this.doc, link, () => {
        failed = true;
      });
    } finally {
      this.applying = null;
    }
    if (failed) return this.reject(link, 'update');
    if (encoding.length(reply) > 0) {
      const message = encoding.toUint8Array(reply);
      this.replyBytes.step2 += message.length;
      link.sendDoc(this.docId, DOC_SYNC, message);
    }
    if (type === syncProtocol.messageYjsSyncStep2 && !entry.synced) {
      entry.synced = true;
      this.emit('synced', [link]);
      this.releaseHeld();
    }
  }

  private reject(link: Link, reason: string): void {
    this.rejected += 1;
    this.emit('rejected', [link, reason]);
  }

  /** Sends our state vector where it changed, and repairs neighbours that stay apart (T29). */
  private tick(): void {
    if (!this.links.size) return;
    this.releaseHeld();
    const now = this.now();
    const bytes = Y.encodeStateVector(this.doc);
    const local = Y.decodeStateVector(bytes);
    // Only links heard lately: what a quiet one said last (its peer killed mid-transfer) is old,
    // and its message will not complete. Passed on as news, it held every screen of the room at
    // "Sincronizando…" until the dead peer's links closed (classroom, 15 s).
    const heard = [...this.links].filter(([l]) => l.heardWithin());
    const receiving = heard.some(([l]) => l.receiving);
    const news = newsLevel(
      local,
      receiving,
      heard.map(([, e]) => e),
    );
    // A change of "receiving" is news too: it keeps neighbours from repairing what is on its way.
    const key = `${toBase64Url(bytes)}${receiving ? '+' : ''}${news}`;
    let pulled = false;
    for (const [link, entry] of this.links) {
      if (link.state !== 'open') continue;
      if (entry.sentSv !== key || now - entry.sentAt >= STATE_REFRESH_MS) {
        link.sendDoc(this.docId, DOC_STATE, stateMessage(bytes, receiving, news));
        entry.sentSv = key;
        entry.sentAt = now;
      }
      if (!entry.remoteSv) continue;
      if (link.busy || entry.remoteReceiving) {
        // A large message on its way explains the gap; time it from when the way is clear.
        entry.push = entry.pull = null;
        continue;
      }
      const push = followLag(entry.push, entry.remoteSv, local, now, PUSH_AFTER_MS);
      entry.push = push.lag;
      if (push.due) {
        const enc = encoding.createEncoder();
        syncProtocol.writeSyncStep2(enc, this.doc, Y.encodeStateVector(entry.remoteSv));
        const message = encoding.toUint8Array(enc);
        this.replyBytes.repair += message.length;
        link.sendDoc(this.docId, DOC_SYNC, message);
        this.repairs += 1;
      }
      // What we lack may be the large message arriving on another link: asking this neighbour
      // too would bring it twice (T33). The clock starts when nothing is arriving.
      // One neighbour is asked per tick (T29): the gap is usually the same on every link (a lost
      // first copy of the meeting), and each answer would bring all of it. The others' clocks
      // start again, so by their turn the answer is arriving, or lost and asked of the next one.
      const pull = receiving ? { lag: null, due: false } : followLag(entry.pull, local, entry.remoteSv, now, AE_AFTER_MS);
      entry.pull = pull.lag;
      if (pull.due && !pulled) {
        pulled = true;
        this.sendStep1(link);
        this.repairs += 1;
      }
    }
    if (pulled) for (const e of this.links.values()) if (e.pull) e.pull = { target: e.pull.target, since: now };
    this.askStale();
  }

  /**
   * A presence not renewed for STALE_MS: its renewal may have missed us on the map's tree (T41).
   * One neighbour, the nearest to that device by the map, is asked for every presence it knows.
   * Awareness's own clock (Date.now, lastUpdated) is what it drops presences by.
   */
  private askStale(): void {
    const states = this.awareness.getStates();
    const mine = this.awareness.clientID;
    const now = Date.now();
    const stale = staleClients(this.awareness.meta, (c) => c !== mine && states.has(c), this.asked, now);
    if (!stale.length) return;
    const open = [...this.links.keys()].filter((l) => l.state === 'open' && l.heardWithin());
    if (!open.length) return;
    const author = this.peerOfClient(stale[0]!);
    const hops = author ? this.map.hopsFrom(author) : null;
    const rank = (l: Link) => hops?.get(l.remotePeer) ?? Infinity;
    const to = open.reduce((best, l) => (rank(l) < rank(best) || (rank(l) === rank(best) && l.remotePeer < best.remotePeer) ? l : best));
    for (const c of stale) this.asked.set(c, now);
    this.presenceQueries += 1;
    to.sendDoc(this.docId, DOC_QUERY_AWARENESS, new Uint8Array(0));
  }

  /** The device of this presence answers on one of our links, or a neighbour we hear hears it (T30). */
  private stillHere(state: unknown): boolean {
    const peer = PeerIdSchema.safeParse((state as { peer?: unknown } | undefined)?.peer).data;
    if (!peer) return false;
    for (const link of this.links.keys()) if (link.remotePeer === peer && link.state === 'open' && link.heardWithin()) return true;
    return this.topology?.vouched?.(peer) ?? false;
  }

  /**
   * We turned down a removal of a peer we hear: the devices it crossed took it, and the peer is
   * missing from their screens. The peer hears the removal (from us, or through a neighbour of
   * ours linked to it) and renews its presence (awareness does, at a newer clock), which every
   * device takes. Seen 7 Dec
   * at 32 devices: a joiner missing from 20 screens, its own neighbours having turned the removal
   * down, until its renewal 15 s later.
   */
  private tellRefused(client: number, clock: number): void {
    const peer = this.peerOfClient(client);
    if (!peer) return;
    const open = [...this.links.keys()].filter((l) => l.state === 'open');
    // Straight to the peer; or to one neighbour that hears it (it turns the removal down too and
    // passes it to the peer): the removal stops at the devices two hops from the peer.
    const to = open.find((l) => l.remotePeer === peer) ?? open.find((l) => this.topology?.linkedTo(l.remotePeer).has(peer));
    to?.sendDoc(this.docId, DOC_AWARENESS, presenceRemoval(client, clock));
  }

  /**
   * A removal turned down may have been right: the peer left, and the neighbour whose pings
   * vouched for it had not pinged since its link closed. The removal stopped here, and every
   * device past us kept the peer, renewed a few seconds ago, as present for up to 24 s
   * (FarPresence). Looked at again once pings have caught up: if the peer is still at the same
   * clock (a live peer renews when told, tellRefused) and no one we hear hears it, it goes, and
   * the removal travels on. The same for a neighbour whose link closed while another neighbour's
   * pings still said it heard it (removeLink): all of a departed device's neighbours vouch for
   * it to each other until their next pings.
   */
  private recheckRefused(client: number, clock: number): void {
    const pending = this.rechecks.get(client);
    // A removal at a newer clock replaces the one waiting: the older one would find the clock moved.
    if (this.destroyed || (pending && pending.clock >= clock)) return;
    if (pending) clearTimeout(pending.timer);
    const timer = setTimeout(() => {
      this.rechecks.delete(client);
      const state = this.awareness.getStates().get(client);
      if (this.destroyed || !state || this.awareness.meta.get(client)?.clock !== clock || this.stillHere(state)) return;
      const peer = this.peerOfClient(client);
      if (peer && this.linkedTo(peer)) return;
      awarenessProtocol.removeAwarenessStates(this.awareness, [client], 'gone-recheck');
    }, REFUSED_RECHECK_MS);
    this.rechecks.set(client, { clock, timer });
  }

  /** We have a link to `peer` that is open or still opening. */
  private linkedTo(peer: PeerId): boolean {
    return [...this.links.keys()].some((l) => l.remotePeer === peer && l.state !== 'closed');
  }

  private peerOfClient(client: number): PeerId | null {
    const peer = (this.awareness.getStates().get(client) as { peer?: unknown } | undefined)?.peer;
    return PeerIdSchema.safeParse(peer).data ?? null;
  }

  private tellNow(): void {
    clearTimeout(this.soon);
    this.soon = undefined;
    this.toldAt = this.now();
    this.tick();
  }

  private tickSoon(): void {
    const wait = Math.max(0, this.toldAt + STATE_SOON_MS - this.now());
    this.soon ??= setTimeout(() => {
      this.soon = undefined;
      this.toldAt = this.now();
      this.tick();
    }, wait);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    const enc = encoding.createEncoder();
    syncProtocol.writeUpdate(enc, update);
    const message = encoding.toUint8Array(enc);
    // A large update takes a while to pack and cross; our new state vector goes ahead of it, so
    // neighbours know at once that data is on its way (T38). Small ones are told soon after.
    if (message.length >= STATE_FIRST_BYTES) this.tellNow();
    else this.tickSoon();
    // Our own changes go to everyone; a step 2 (a catch-up) may carry others' deletions: every
    // other link. Never back to the link it came from (T14): a joiner used to send the whole room
    // state it had just received straight back to the host.
    const from = this.links.has(origin as Link) ? (origin as Link) : null;
    const meta = this.applying === syncProtocol.messageYjsUpdate && from ? updateMeta(update) : null;
    const peerOf = (client: number) => this.peerOfClient(client);
    const hopsFrom = (author: PeerId) => this.map.hopsFrom(author);
    const f = { message, meta, origin: from, me: peerOf(this.doc.clientID), peerOf, hopsFrom };
    this.forwarder.forward(f, this.links.keys(), this.topology);
  };

  private readonly onAwarenessChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }): void => {
    this.contentChanged = new Set([...added, ...updated, ...removed]);
  };

  /** T41: this renewal of `client`'s presence is not ours to pass on to `link` (another device is its parent by the map). */
  private renewalNotOurs(client: number, link: Link): boolean {
    const author = this.peerOfClient(client);
    if (!author || !this.topology) return false;
    const parent = renewalParent(this.peerOfClient(this.doc.clientID), this.topology.linkedTo(link.remotePeer), this.map.hopsFrom(author));
    return parent === false;
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    const content = this.contentChanged ?? new Set<number>();
    this.contentChanged = null;
    if (!changed.length) return;
    // A renewal changes nothing the map is made of.
    if (updated.some((c) => content.has(c)) || added.length || removed.length) this.map.changed();
    const message = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    // Our own presence renewed because a neighbour sent us our removal (tellRefused; awareness
    // lists it as removed, and encodes our state at a newer clock): that neighbour passes it on too.
    const back = origin !== 'local' && changed.includes(this.awareness.clientID);
    // A neighbour the sender hears directly has this already (T31's rule, for presence): the
    // sender passed it on to it, or greeted it with every presence it knew when their link
    // opened. A renewal used to reach every device once per link (43 of 68 KiB per device per
    // minute in an idle room of 32). Where the pings are stale and a neighbour misses one, its
    // next renewal comes 15 s later, and a removal it causes is turned down near the peer, which
    // renews at once (tellRefused).
    const from = !back && this.links.has(origin as Link) ? (origin as Link) : null;
    const senderHears = from ? this.topology?.linkedTo(from.remotePeer) : undefined;
    // Renewals of others' presence go along the map's tree (T41); ours, and changes, to everyone.
    const renewed = from ? updated.filter((c) => !content.has(c) && c !== this.awareness.clientID) : [];
    for (const link of this.links.keys()) {
      if ((link === origin && !back) || link.state !== 'open') continue;
      if (senderHears?.has(link.remotePeer)) {
        this.presenceNotForwarded += 1;
        this.skips.note(from!.remotePeer, link.remotePeer, changed);
        continue;
      }
      const notOurs = renewed.filter((c) => this.renewalNotOurs(c, link));
      if (!notOurs.length) {
        link.sendDoc(this.docId, DOC_AWARENESS, message);
        continue;
      }
      this.renewalsNotForwarded += notOurs.length;
      const rest = changed.filter((c) => !notOurs.includes(c));
      if (rest.length) link.sendDoc(this.docId, DOC_AWARENESS, awarenessProtocol.encodeAwarenessUpdate(this.awareness, rest));
    }
  };
}
