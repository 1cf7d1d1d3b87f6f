// Presence not passed on to a neighbour because the device that sent it hears that neighbour
// directly (T15's rule, T31's for presence), kept until the sender's next ping says whether it
// still does. Its copy to the neighbour may have been lost with their link: a link that closes
// drops what is on its way, and a ping listing the neighbour can have left just before the close.
// The zone test at 16 devices then found a live device missing from one screen, never heard
// there (issue 17, 1 run in ~10). The sender's pings follow its presence messages on the same
// ordered channel, so the first one after a skip tells: still linked (the copy went, or a link
// opened since and greeted the neighbour with every presence), or not (we send it ourselves).
import type { PeerId } from './envelope';

export class PresenceSkips {
  /** sender → neighbour → clients whose presence we did not send it. */
  private readonly skipped = new Map<PeerId, Map<PeerId, Set<number>>>();

  note(sender: PeerId, neighbour: PeerId, clients: readonly number[]): void {
    let byNeighbour = this.skipped.get(sender);
    if (!byNeighbour) this.skipped.set(sender, (byNeighbour = new Map()));
    let set = byNeighbour.get(neighbour);
    if (!set) byNeighbour.set(neighbour, (set = new Set()));
    for (const c of clients) set.add(c);
  }

  /**
   * The sender's ping arrived (or its link closed: `hears` says no to everyone). Returns, per
   * neighbour it no longer hears, the clients to send that neighbour now; forgets the sender.
   */
  settle(sender: PeerId, hears: (peer: PeerId) => boolean): Map<PeerId, number[]> {
    const out = new Map<PeerId, number[]>();
    const byNeighbour = this.skipped.get(sender);
    if (!byNeighbour) return out;
    this.skipped.delete(sender);
    for (const [neighbour, clients] of byNeighbour) if (!hears(neighbour)) out.set(neighbour, [...clients]);
    return out;
  }

  clear(): void {
    this.skipped.clear();
  }
}
