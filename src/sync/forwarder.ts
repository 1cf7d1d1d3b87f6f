// Passing a received update on to the neighbours that need it (T31), and in turn (T35). A device
// two hops from an update's author is linked to several neighbours that got it from the author (or
// from the same sender), and each passed it on: 2.5-3.3 copies per receiver in rooms of 16-32.
// Now those candidate forwarders are ranked by peer id: the first forwards at once, the others wait
// STAGGER_MS per rank and drop their forward once the receiver's state vector covers the update.
// A forward is never dropped on a guess: if the first forwarder leaves or its copy is lost, the
// next one sends a second later, and anti-entropy (T29) stays behind both. (Designated forwarders
// with no fallback were tried and withdrawn: 32 devices took 4-51 s to converge.)
import type { PeerId } from './envelope';
import { neighbourHas, type Topology, type UpdateMeta } from './forwarding';
import type { Link } from './link';
import { covers, type StateVector } from './stateVector';

/** Between two candidate forwarders: well above the time a receiver takes to tell its new state vector (at once, DocSync). */
export const STAGGER_MS = 1000;
/** Places past this one wait as long as it does. */
const MAX_PLACE = 2;
/**
 * How long the first candidate waits when the update did not come straight from its author: the
 * receiver may be getting it at the same moment from a neighbour this device cannot rank (one that
 * had it from another sender); a receiver tells its new state vector at once (DocSync), well within.
 */
export const PAUSE_MS = 250;
/** A receiver still receiving (probably our update, from an earlier forwarder) is asked again this often, this many times. */
const RECHECK_MS = 500;
const MAX_WAITS = 20;
const NONE: ReadonlySet<PeerId> = new Set();

/**
 * How long this device waits before passing an update from the sender on to a receiver. The
 * candidates are the peers linked both to the sender and to the receiver (as their pings say,
 * T30), and us: every candidate computes the same order from the same pings, the first (lowest
 * peer id) forwards at once, the second STAGGER_MS later, the rest twice that. The first still pauses PAUSE_MS when
 * the receiver has a neighbour with a lower id that it cannot rank (not linked to the sender: it
 * may have had the update from elsewhere), unless the sender wrote the update (then that neighbour,
 * not linked to the author, is as far from it as the receiver).
 */
export function forwardDelay(
  me: PeerId | null,
  receiverHears: ReadonlySet<PeerId>,
  senderHears: ReadonlySet<PeerId> | undefined,
  senderWroteIt: boolean,
): number {
  if (!me || !senderHears) return 0;
  let rank = 0;
  let unranked = false;
  for (const p of receiverHears) {
    if (p >= me) continue;
    if (senderHears.has(p)) rank += 1;
    else unranked = true;
  }
  // Past the second place all wait the same: if two earlier ones failed, a later turn only adds delay.
  if (rank) return Math.min(rank, MAX_PLACE) * STAGGER_MS;
  return unranked && !senderWroteIt ? PAUSE_MS : 0;
}

/**
 * T40: how long this device waits before passing an update of `author` on to a receiver, by the
 * room's map, or null when the map cannot tell. The receiver's parent is, of the devices linked
 * to it (its pings, and us), the one fewest hops from the author, ties to the lowest peer id: it
 * forwards at once. Another device as near waits STAGGER_MS, one farther twice that, dropping its
 * forward once the receiver has the update. Every candidate must be on the map: a device it does
 * not reach may be nearer than it looks, and T35's ranks decide instead.
 */
export function treeDelay(me: PeerId, receiverHears: ReadonlySet<PeerId>, hops: ReadonlyMap<PeerId, number>): number | null {
  const mine = hops.get(me);
  if (mine === undefined || !receiverHears.size) return null;
  let best = mine;
  let parent = me;
  for (const p of receiverHears) {
    const h = hops.get(p);
    if (h === undefined) return null;
    if (h < best || (h === best && p < parent)) [best, parent] = [h, p];
  }
  if (parent === me) return 0;
  return best === mine ? STAGGER_MS : MAX_PLACE * STAGGER_MS;
}

/** The one device that wrote all of the update, or null (several authors, or one unknown). */
function authorOf(meta: UpdateMeta, peerOf: (client: number) => PeerId | null): PeerId | null {
  let author: PeerId | null = null;
  for (const client of meta.from.keys()) {
    const p = peerOf(client);
    if (!p || (author && p !== author)) return null;
    author = p;
  }
  return author;
}

/** The update came from the device that wrote all of it (its neighbours' forwards are ranked consistently). */
function fromAuthor(meta: UpdateMeta, origin: Link | null, peerOf: (client: number) => PeerId | null): boolean {
  for (const client of meta.from.keys()) if (!origin || peerOf(client) !== origin.remotePeer) return false;
  return true;
}

/** A neighbour as DocSync knows it: its state vector as it last told us, and whether it is receiving a large message (its state vector lags on purpose). */
export interface NeighbourState {
  remoteSv: StateVector | null;
  remoteReceiving: boolean;
  /** Hops to news of data on its way, as the neighbour told (T38); 0 for none. */
  remoteNews: number;
}

export interface Forward {
  /** The y-protocols message carrying the update. */
  message: Uint8Array;
  /** Clocks of an incremental update received on `origin`; null: our own change or a catch-up, for everyone else. */
  meta: UpdateMeta | null;
  /** The link the update came on (never sent back there, T14); null for our own change. */
  origin: Link | null;
  me: PeerId | null;
  peerOf: (client: number) => PeerId | null;
  /** Hops from the author to each device, from the room's map (T40). */
  hopsFrom?: (author: PeerId) => ReadonlyMap<PeerId, number>;
}

export class Forwarder {
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  /** Updates not passed on to a neighbour because it has them or gets them from another device. */
  notForwarded = 0;
  /** Waiting forwards dropped: the receiver got the update from an earlier forwarder. */
  dropped = 0;
  /** Waiting forwards sent: the earlier forwarders did not deliver (left, lost, or did not see it as theirs). */
  sent = 0;
  /**
   * Bytes handed to links, by why (diagnostics: where the copies of an update come from): our own
   * changes, received updates passed on at once or after a turn (T35), catch-ups (a sync step 2
   * or anything without clocks, passed to every other link).
   */
  readonly bytes = { own: 0, now: 0, late: 0, catchUp: 0 };

  constructor(
    private readonly send: (link: Link, message: Uint8Array) => void,
    /** The neighbour on `link`, while DocSync still has the link. */
    private readonly neighbour: (link: Link) => NeighbourState | undefined,
  ) {}

  forward(f: Forward, links: Iterable<Link>, topology: Topology | null): void {
    const senderHears = f.meta && f.origin ? topology?.linkedTo(f.origin.remotePeer) : undefined;
    const wrote = !!f.meta && fromAuthor(f.meta, f.origin, f.peerOf);
    const author = f.meta && f.origin && f.hopsFrom ? authorOf(f.meta, f.peerOf) : null;
    const hops = author ? f.hopsFrom!(author) : null;
    for (const link of links) {
      const n = this.neighbour(link);
      if (link === f.origin || link.state !== 'open' || !n) continue;
      const linkedTo = topology?.linkedTo(link.remotePeer) ?? NONE;
      if (f.meta && neighbourHas(f.meta, { peer: link.remotePeer, sv: n.remoteSv, linkedTo, senderHears }, f.peerOf)) {
        this.notForwarded += 1;
        continue;
      }
      // The receiver's parent by the room's map forwards at once, the others stand by (T40); where
      // the map cannot tell, the ranks of T35 decide. Deletion-only updates have no clocks a state
      // vector could show arrived: they go at once.
      const tree = hops && f.me ? treeDelay(f.me, linkedTo, hops) : null;
      const delay = !f.meta?.to.size ? 0 : (tree ?? forwardDelay(f.me, linkedTo, senderHears, wrote));
      if (delay && f.meta) this.later(link, f.meta.to, f.message, delay);
      else {
        this.bytes[!f.origin ? 'own' : f.meta ? 'now' : 'catchUp'] += f.message.length;
        this.send(link, f.message);
      }
    }
  }

  /** Sends `message` (an update reaching clocks `to`) on `link` after `delayMs`, unless its peer has it by then. */
  private later(link: Link, to: StateVector, message: Uint8Array, delayMs: number): void {
    let waits = 0;
    const check = () => {
      this.timers.delete(timer);
      const n = this.neighbour(link);
      if (link.state !== 'open' || !n) return;
      if (n.remoteSv && covers(n.remoteSv, to)) {
        this.dropped += 1;
        return;
      }
      // Its copy is on its way: ask again once it has arrived (or was lost, T6).
      if (n.remoteReceiving && ++waits < MAX_WAITS) {
        timer = setTimeout(check, RECHECK_MS);
        this.timers.add(timer);
        return;
      }
      this.sent += 1;
      this.bytes.late += message.length;
      this.send(link, message);
    };
    let timer = setTimeout(check, delayMs);
    this.timers.add(timer);
  }

  clear(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
