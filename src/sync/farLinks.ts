// Far links (rule Z7, issue 17). Links made from announces are local: a device links to whoever
// answered first, the first devices of a room fill up with each other, and a room of 32 had a
// diameter of 5-7 hops. So announces fill a device's links only up to LOCAL_LINKS, and the slots
// left up to maxLinks are for far links: a device offers one to the farthest device the room's
// map (roomMap.ts) shows FAR_HOPS or more away that has a slot free. A simulation of this rule
// (sequential arrivals, 20 rooms each) gave a diameter of 3 at 16 and 32 devices, 4 at 64; filling
// all six slots from announces first, 6, 12 and 26 (before Z2's trades). The real room at 32
// (in-process, 6 seeds) ended at 3 or 4 while devices at their limit declined far offers; with
// trades (tradeLink, by the map), 3 in every run.
import { adjacency, hopsFrom, type MapEntry } from './roomMap';
import type { PeerId } from './envelope';

/** Links a device takes from announces; the rest of its slots wait for far links. */
export const LOCAL_LINKS = 3;
/** A device this many hops away or more is offered a far link (the goal is a diameter of 3). */
export const FAR_HOPS = 3;

/** The room's map with our own links as they are now (our presence lists them a moment later). */
function mapWithOwn(self: PeerId, entries: readonly MapEntry[], ownLinks: Iterable<PeerId>): Map<PeerId, Set<PeerId>> {
  const own = { peer: self, links: [...ownLinks] };
  const adj = adjacency([...entries.filter((e) => e.peer !== self), own]);
  // A link only its other end lists yet (it just opened) counts for the hops too.
  for (const p of own.links) link(adj, self, p);
  return adj;
}

function link(adj: Map<PeerId, Set<PeerId>>, a: PeerId, b: PeerId): void {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    if (!adj.has(x)) adj.set(x, new Set());
    adj.get(x)!.add(y);
  }
}

/**
 * The device to offer a far link to, or null. Of the devices FAR_HOPS or more away: while some
 * device is farther than FAR_HOPS, the one that brings the most of those within FAR_HOPS (it is at
 * most two hops from them); otherwise, or as a tie, the farthest; then `pick` (a random one, so
 * that devices looking at once do not all offer to the same one). Devices with a slot free first;
 * one at its limit only when it alone brings some within FAR_HOPS (it may trade, `tradeLink`).
 */
export function farTarget(
  self: PeerId,
  entries: readonly MapEntry[],
  ownLinks: Iterable<PeerId>,
  maxLinks: number,
  avoid: (peer: PeerId) => boolean,
  pick: (n: number) => number,
): PeerId | null {
  const adj = mapWithOwn(self, entries, ownLinks);
  const hops = hopsFrom(self, adj);
  const linksOf = new Map(entries.filter((e) => e.peer !== self).map((e) => [e.peer, e.links.length]));
  const beyond = [...hops].filter(([, h]) => h > FAR_HOPS).map(([p]) => p);
  const choose = (atLimit: boolean) => {
    let best: PeerId[] = [];
    let bestKey: [number, number] = [-1, -1];
    for (const [peer, h] of hops) {
      const links = linksOf.get(peer);
      if (h < FAR_HOPS || links === undefined || links >= maxLinks !== atLimit || avoid(peer)) continue;
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
    return { best, brings: bestKey[0] };
  };
  const free = choose(false);
  if (beyond.length && free.brings <= 0) {
    const full = choose(true);
    if (full.brings > 0) return full.best[pick(full.best.length)]!;
  }
  // A device the map does not reach at all is not offered: the map is not there yet, or lies.
  return free.best.length ? free.best[pick(free.best.length)]! : null;
}

/** Unordered pairs of devices farther apart than FAR_HOPS (or not connected at all). */
function pairsBeyond(adj: ReadonlyMap<PeerId, ReadonlySet<PeerId>>): number {
  const all = [...adj.keys()];
  let n = 0;
  for (const a of all) {
    const h = hopsFrom(a, adj);
    for (const b of all) if (a < b && (h.get(b) ?? Infinity) > FAR_HOPS) n += 1;
  }
  return n;
}

/**
 * A device at its limit offered a far link by `peer`: the link to give up for it, or null to
 * decline. Only when the trade leaves fewer pairs of devices farther apart than FAR_HOPS, by the
 * map, and the neighbour given up keeps `minLinks` links; of such links, the one that leaves
 * fewest, then the neighbour with most links.
 */
export function tradeLink(
  self: PeerId,
  peer: PeerId,
  entries: readonly MapEntry[],
  ownLinks: readonly PeerId[],
  minLinks: number,
): PeerId | null {
  const adj = mapWithOwn(self, entries, ownLinks);
  const now = pairsBeyond(adj);
  if (now === 0) return null;
  let best: { drop: PeerId; left: number; links: number } | null = null;
  for (const w of ownLinks) {
    const links = adj.get(w)?.size ?? 0;
    if (w === peer || links - 1 < minLinks) continue;
    const next = new Map([...adj].map(([k, v]) => [k, new Set(v)]));
    next.get(self)!.delete(w);
    next.get(w)!.delete(self);
    link(next, self, peer);
    const left = pairsBeyond(next);
    if (left >= now) continue;
    if (!best || left < best.left || (left === best.left && links > best.links)) best = { drop: w, left, links };
  }
  return best?.drop ?? null;
}
