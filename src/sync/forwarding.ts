// Which neighbours need an update this device received (rule T31). Before, every update went to
// every other link, and a room of four put (N-1)² copies of each update on the Wi-Fi. A neighbour
// whose state vector already covers the update has it; a neighbour directly linked to every author
// of the update gets it from the authors themselves, and a neighbour linked to the device that
// sent it to us gets it from that device. Anything unsure travels: anti-entropy (T29)
// repairs a neighbour that still ends up lacking, so a wrong "has it" costs seconds, not data.
import * as Y from 'yjs';
import type { PeerId } from './envelope';
import { covers, type StateVector } from './stateVector';

/** Who each neighbour hears directly (Neighbours, T30); absent in a bare DocSync. */
export interface Topology {
  linkedTo(peer: PeerId): ReadonlySet<PeerId>;
  /** A neighbour we hear says it hears `peer` directly (T30). */
  vouched?(peer: PeerId): boolean;
}

export interface UpdateMeta {
  /** First clock of each author client in the update. */
  from: Map<number, number>;
  /** Next clock after the update, per author client (a state vector). */
  to: Map<number, number>;
}

export function updateMeta(update: Uint8Array): UpdateMeta | null {
  try {
    return Y.parseUpdateMeta(update);
  } catch {
    return null;
  }
}

interface Neighbour {
  peer: PeerId;
  /** Its state vector as it last told us. */
  sv: StateVector | null;
  /** The peers it hears directly right now (from its pings). */
  linkedTo: ReadonlySet<PeerId>;
  /** The peers heard directly by the neighbour that sent us the update (empty if unknown). */
  senderHears?: ReadonlySet<PeerId>;
}

/**
 * True when the neighbour has the update or gets it from its authors. Only for incremental
 * updates (one transaction of one author, with its own deletions); a deletion-only update has no
 * clocks to compare and always travels.
 */
export function neighbourHas(meta: UpdateMeta, n: Neighbour, peerOfClient: (client: number) => PeerId | null): boolean {
  if (meta.to.size === 0) return false;
  if (n.sv && covers(n.sv, meta.to)) return true;
  // The device that sent it to us is linked to this neighbour too: it passes the update on to it
  // under these same rules, or the neighbour gets it one hop nearer the author (T31).
  if (n.senderHears?.has(n.peer)) return true;
  for (const client of meta.from.keys()) {
    const author = peerOfClient(client);
    if (!author || (author !== n.peer && !n.linkedTo.has(author))) return false;
  }
  return true;
}
