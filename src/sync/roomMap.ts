// The room's map (rule Z6, issue 17): each device's presence lists the peers it is linked to, so
// every device can tell how many hops separate it from everyone. Links made by announces are
// local (a device links to whoever answered first), and a room of 32 had a diameter of 5-7 hops;
// a device that finds someone FAR_HOPS or more away offers that device a link. What presence
// says is a peer's word: lists are validated, and a wrong one only costs a useless offer.
import { z } from 'zod';
import { PeerIdSchema, type PeerId } from './envelope';

/** A device this many hops away or more is offered a link (the goal is a diameter of 3). */
export const FAR_HOPS = 4;

const LinksSchema = z.object({ peer: PeerIdSchema, links: z.array(PeerIdSchema).max(16) });

export interface MapEntry {
  peer: PeerId;
  links: readonly PeerId[];
}

/** The map entries in a set of presences (states without a valid list are left out). */
export function mapEntries(states: Iterable<unknown>): MapEntry[] {
  const out: MapEntry[] = [];
  for (const s of states) {
    const parsed = LinksSchema.safeParse(s);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/** Hops from `self` to every device the map reaches (a link listed by either end counts). */
export function hopsFrom(self: PeerId, entries: readonly MapEntry[], ownLinks: Iterable<PeerId>): Map<PeerId, number> {
  const adj = new Map<PeerId, Set<PeerId>>();
  const edge = (a: PeerId, b: PeerId) => {
    if (a === b) return;
    if (!adj.has(a)) adj.set(a, new Set());
    if (!adj.has(b)) adj.set(b, new Set());
    adj.get(a)!.add(b);
    adj.get(b)!.add(a);
  };
  for (const e of entries) for (const l of e.links) edge(e.peer, l);
  for (const l of ownLinks) edge(self, l);
  const hops = new Map<PeerId, number>([[self, 0]]);
  const queue = [self];
  while (queue.length) {
    const at = queue.shift()!;
    for (const next of adj.get(at) ?? [])
      if (!hops.has(next)) {
        hops.set(next, hops.get(at)! + 1);
        queue.push(next);
      }
  }
  return hops;
}

/**
 * The device to offer a far link to, or null: among those FAR_HOPS or more away, first those with
 * room for a link (fewer than `maxLinks` listed; one at its limit may still make room, Z2), then
 * the farthest, then the one with fewest links, then the lowest id, skipping `avoid`.
 */
export function farTarget(
  self: PeerId,
  entries: readonly MapEntry[],
  ownLinks: Iterable<PeerId>,
  maxLinks: number,
  avoid: (peer: PeerId) => boolean = () => false,
): PeerId | null {
  const hops = hopsFrom(self, entries, ownLinks);
  const linksOf = new Map(entries.map((e) => [e.peer, e.links.length]));
  const rank = (peer: PeerId, h: number, links: number) => [links >= maxLinks ? 1 : 0, -h, links] as const;
  let best: { peer: PeerId; key: readonly number[] } | null = null;
  for (const [peer, h] of hops) {
    const links = linksOf.get(peer);
    if (h < FAR_HOPS || links === undefined || avoid(peer)) continue;
    const key = rank(peer, h, links);
    if (!best || before(key, best.key) || (same(key, best.key) && peer < best.peer)) best = { peer, key };
  }
  return best?.peer ?? null;
}

function before(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

function same(a: readonly number[], b: readonly number[]): boolean {
  return !before(a, b) && !before(b, a);
}
