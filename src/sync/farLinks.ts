// Far links (rule Z7, issue 17). Links made from announces are local: a device links to whoever
// answered first, the first devices of a room fill up with each other, and a room of 32 had a
// diameter of 5-7 hops. So announces fill a device's links only up to LOCAL_LINKS, and the slots
// left up to maxLinks are for far links: a device offers one to the farthest device the room's
// map (roomMap.ts) shows FAR_HOPS or more away that has a slot free. A simulation of this rule
// (sequential arrivals, 20 rooms each) gave a diameter of 3 at 16 and 32 devices, 4 at 64; filling
// all six slots from announces first, 6, 12 and 26 (before Z2's trades). The real room, at 32
// (in-process, 6 seeds): 3 or 4, since a device at its limit declines far offers (farTarget
// reaches such a device through a neighbour of it with a slot free).
import { adjacency, hopsFrom, type MapEntry } from './roomMap';
import type { PeerId } from './envelope';

/** Links a device takes from announces; the rest of its slots wait for far links. */
export const LOCAL_LINKS = 3;
/** A device this many hops away or more is offered a far link (the goal is a diameter of 3). */
export const FAR_HOPS = 3;

/**
 * The device to offer a far link to, or null. Of the devices with fewer than `maxLinks` links
 * listed and FAR_HOPS or more away: while some device is farther than FAR_HOPS, the one that
 * brings the most of those within FAR_HOPS (it is at most two hops from them: a device at its
 * limit is reached through a neighbour with a slot free); otherwise, or as a tie, the farthest;
 * then `pick` (a random one, so that devices looking at once do not all offer to the same one).
 */
export function farTarget(
  self: PeerId,
  entries: readonly MapEntry[],
  ownLinks: Iterable<PeerId>,
  maxLinks: number,
  avoid: (peer: PeerId) => boolean,
  pick: (n: number) => number,
): PeerId | null {
  // Our own links as they are now (our presence lists them a moment later).
  const own = { peer: self, links: [...ownLinks] };
  const others = entries.filter((e) => e.peer !== self);
  const adj = adjacency([...others, own]);
  // A link only its other end lists yet (it just opened) counts for the hops too.
  for (const p of own.links) {
    if (!adj.has(self)) adj.set(self, new Set());
    adj.get(self)!.add(p);
    if (!adj.has(p)) adj.set(p, new Set());
    adj.get(p)!.add(self);
  }
  const hops = hopsFrom(self, adj);
  const linksOf = new Map(others.map((e) => [e.peer, e.links.length]));
  const beyond = [...hops].filter(([, h]) => h > FAR_HOPS).map(([p]) => p);
  let best: PeerId[] = [];
  let bestKey: [number, number] = [-1, -1];
  for (const [peer, h] of hops) {
    const links = linksOf.get(peer);
    if (h < FAR_HOPS || links === undefined || links >= maxLinks || avoid(peer)) continue;
    // Devices farther than FAR_HOPS that a link to `peer` would bring within FAR_HOPS of us.
    let brings = 0;
    if (beyond.length) {
      const near = hopsFrom(peer, adj);
      for (const d of beyond) if ((near.get(d) ?? Infinity) <= FAR_HOPS - 1) brings += 1;
    }
    const key: [number, number] = [brings, h];
    if (key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] > bestKey[1])) [bestKey, best] = [key, []];
    if (key[0] === bestKey[0] && key[1] === bestKey[1]) best.push(peer);
  }
  // A device the map does not reach at all is not offered: the map is not there yet, or lies.
  return best.length ? best[pick(best.length)]! : null;
}
