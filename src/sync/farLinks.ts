// Rule Z5 (docs/SYNC.md): links that shorten the mesh. Links fill with the first devices heard,
// the nearest, so a room paired in a chain grew long (diameter 4-7 at 32 devices). A device that
// hears an announce from FAR_HOPS or more away (the hops an envelope spent: its first copy comes
// the shortest way) and could take one more link answers it; the announcer offers to the farthest
// of those that answered. At its limit a device takes a far link only with a redundant link to give
// up (Z2), and make before break: the far link opens first, then the redundant one (or, none
// being left, the far one) is dropped. One far link at a time per device, with a pause after each
// one that opened, so pings and announces tell the mesh's new shape before the next is chosen.
import type { PeerId } from './envelope';

/** Hops at which a peer is far: the mesh's goal is that everyone is within 3 (issue 17). */
export const FAR_HOPS = 4;
/** After a far link opened, the next is sought no sooner than this. */
export const FAR_PAUSE_MS = 1000;
/** The announcer waits this long after the first answer for farther ones, then picks. */
export const FAR_COLLECT_MS = 200;
/** A far link not open by then no longer blocks the next (its offer may simply be lost). */
const FAR_GIVE_UP_MS = 5000;
/** Answers older than this tell a distance that other links may have shortened since. */
const ANSWER_KEPT_MS = 2000;

export class FarLinks {
  private peer: PeerId | null = null;
  private began = -Infinity;
  private ended = -Infinity;
  /** Far devices that answered this device's announce: when, and from how many hops. */
  private readonly answers = new Map<PeerId, { hops: number; at: number }>();

  constructor(private readonly now: () => number) {}

  /** A peer `hops` away is worth a far link now (undefined: heard off the mesh, through a relay or tab). */
  wants(hops: number | undefined): boolean {
    if (hops === undefined || hops < FAR_HOPS) return false;
    const t = this.now();
    if (this.peer !== null && t - this.began < FAR_GIVE_UP_MS) return false;
    return t - this.ended >= FAR_PAUSE_MS;
  }

  /**
   * A far device answered our announce. Returns how long to wait before `pick`, or null when a
   * pick is already due.
   */
  answered(peer: PeerId, hops: number): number | null {
    const first = this.answers.size === 0;
    this.answers.set(peer, { hops, at: this.now() });
    return first ? FAR_COLLECT_MS : null;
  }

  /** The farthest device that answered lately and `free` allows; the answers are then forgotten. */
  pick(free: (peer: PeerId) => boolean): PeerId | null {
    let best: { peer: PeerId; hops: number } | null = null;
    const t = this.now();
    for (const [peer, a] of this.answers)
      if (t - a.at <= ANSWER_KEPT_MS && free(peer) && (!best || a.hops > best.hops)) best = { peer, hops: a.hops };
    this.answers.clear();
    return best?.peer ?? null;
  }

  begin(peer: PeerId): void {
    this.peer = peer;
    this.began = this.now();
  }

  /** The link to `peer` opened, or failed (no pause then: the mesh did not change). */
  end(peer: PeerId, opened: boolean): void {
    if (this.peer !== peer) return;
    this.peer = null;
    if (opened) this.ended = this.now();
  }

  /** The link to `peer` is this device's far link under way: past the limit, trim at once. */
  making(peer: PeerId): boolean {
    return this.peer === peer;
  }
}
