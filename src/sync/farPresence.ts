// Freshness of a device farther than our neighbours' pings reach (T28, T30). Pings vouch for a
// device one hop away only; in a room of 30 the diameter is 3-6 hops, and a device three hops
// away was "sin respuesta" on every screen, so "todos tienen todo" never showed. Such a device
// counts while its presence (renewed by awareness every 15-18 s) was heard recently.
//
// A device that was near (linked to us, or vouched for by a neighbour) and no longer is may have
// stopped answering, or only moved farther when a link was given up (a Z2 trim). It counts as
// silent, as T28 says, unless:
// - a newer renewal of its presence arrived (every device renews its presence when its own links
//   change, DocSync: a trim at its end shows it is still reachable some longer way);
// - our own links changed since it was near (a trim at our end);
// - it is still within NEAR_GRACE_MS of being near (its renewal is on its way).
// A device that stops answering is removed by its neighbours once their links close (T15).
import type { Awareness } from 'y-protocols/awareness';
import type { PeerId } from './envelope';

/** Awareness renews a presence after 15 s, checking every 3 s; this leaves 6 s for the hops. */
export const FAR_FRESH_MS = 24_000;
/** A renewal sent when a link changes crosses a room in well under this. */
export const NEAR_GRACE_MS = 1500;

export class FarPresence {
  /** When each peer was last near, while our links stay as they are. */
  private readonly nearAt = new Map<PeerId, number>();
  private linksKey = '';

  constructor(
    private readonly awareness: Awareness,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * After each status: the peers near right now are noted; a change of our own open links
   * forgets when the others were near; peers no longer present are forgotten.
   */
  saw(peers: readonly { peer: PeerId; near: boolean }[], openLinks: Iterable<PeerId>): void {
    const now = this.now();
    const key = [...openLinks].sort().join(' ');
    const present = new Set(peers.map((p) => p.peer));
    for (const p of this.nearAt.keys()) if (!present.has(p) || key !== this.linksKey) this.nearAt.delete(p);
    this.linksKey = key;
    for (const p of peers) if (p.near) this.nearAt.set(p.peer, now);
  }

  /** The peer's presence (client) was renewed within FAR_FRESH_MS and it was not near since, beyond the grace. */
  fresh(client: number, peer: PeerId): boolean {
    const heardAt = this.awareness.meta.get(client)?.lastUpdated;
    if (heardAt === undefined) return false;
    const now = this.now();
    if (now - heardAt >= FAR_FRESH_MS) return false;
    const nearAt = this.nearAt.get(peer);
    return nearAt === undefined || heardAt > nearAt || now - nearAt < NEAR_GRACE_MS;
  }
}
