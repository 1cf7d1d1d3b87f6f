// The shape of the mesh (rules Z1-Z4, docs/SYNC.md): how many links a device seeks, and which
// link a device at its limit may give up so that a device with too few gets one. A link is
// redundant when its peer keeps at least TARGET_LINKS links without it and the two ends share two
// neighbours (so they stay two hops apart): dropping it never leaves anyone below the target, and
// never cuts the mesh. One shared neighbour was not enough: it could trim its own link to the same
// peer at the same moment, each counting on the other as the way round (a room of 32 ended split).
import type { PeerId } from './envelope';
import type { Link } from './link';

/** Links every device seeks, even from devices at their limit (Z1): one departure never isolates. */
export const TARGET_LINKS = 3;

/** Neighbours both ends of a redundant link share (Z2). */
const MIN_COMMON = 2;

/** Who each neighbour hears directly (their pings, T30). */
interface HeardTopology {
  linkedTo(peer: PeerId): ReadonlySet<PeerId>;
}

/**
 * The link this device may drop to make room (Z2), or null. Prefers the peer with the most links,
 * then the most neighbours in common. `keep` is never chosen (the link just made).
 */
export function redundantLink(links: ReadonlyMap<PeerId, Link>, topology: HeardTopology, keep?: PeerId): Link | null {
  const mine = new Set<PeerId>();
  for (const [peer, link] of links) if (link.state === 'open') mine.add(peer);
  let best: { link: Link; score: number } | null = null;
  for (const [peer, link] of links) {
    if (peer === keep || link.state !== 'open') continue;
    const theirs = topology.linkedTo(peer);
    // Its pings list the peers it hears other than us: its links after the drop.
    if (theirs.size < TARGET_LINKS) continue;
    let common = 0;
    for (const p of theirs) if (mine.has(p)) common += 1;
    if (common < MIN_COMMON) continue;
    const score = theirs.size * 100 + common;
    if (!best || score > best.score) best = { link, score };
  }
  return best?.link ?? null;
}
