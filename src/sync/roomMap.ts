// The room's map (rule T40, issue 17): each device's presence lists the peers it is linked to,
// so every device knows how many hops each device is from an update's author, not only who its
// neighbours hear (T30). Forwarding uses it to give every receiver one parent per author: of
// the devices linked to it (its pings say which), the one nearest the author, ties broken by the
// lowest peer id (forwarder.ts). What a presence says is a peer's word: lists are validated, and
// a wrong one costs a late forward.
import { z } from 'zod';
import { PeerIdSchema, type PeerId } from './envelope';

/** More than any device links (maxLinks is 6): a longer list is malformed and left out. */
const MAX_LISTED = 16;

const EntrySchema = z.object({ peer: PeerIdSchema, links: z.array(PeerIdSchema).max(MAX_LISTED) });

export interface MapEntry {
  peer: PeerId;
  links: readonly PeerId[];
}

/** The map entries in a set of presences (states without a valid list are left out). */
export function mapEntries(states: Iterable<unknown>): MapEntry[] {
  const out: MapEntry[] = [];
  for (const s of states) {
    const parsed = EntrySchema.safeParse(s);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

/**
 * Links of the mesh as the presences list them: a link counts when both ends list it (one only
 * one end lists is opening or closing). Our own links count as our presence lists them too, not
 * as they are now: every device must see the same map, or two of them each take themselves for
 * a receiver's parent (1.33 copies from the "at once" forwards alone, 7 Dec, 16 devices).
 */
export function adjacency(entries: readonly MapEntry[]): Map<PeerId, Set<PeerId>> {
  const listed = new Map<PeerId, Set<PeerId>>();
  for (const e of entries) listed.set(e.peer, new Set(e.links));
  const adj = new Map<PeerId, Set<PeerId>>();
  for (const [a, links] of listed)
    for (const b of links)
      if (a !== b && listed.get(b)?.has(a)) {
        if (!adj.has(a)) adj.set(a, new Set());
        adj.get(a)!.add(b);
      }
  return adj;
}

/** Hops from `root` to every device the map reaches; devices it does not reach are absent. */
export function hopsFrom(root: PeerId, adj: ReadonlyMap<PeerId, ReadonlySet<PeerId>>): Map<PeerId, number> {
  const hops = new Map<PeerId, number>([[root, 0]]);
  for (let layer = [root]; layer.length;) {
    const next: PeerId[] = [];
    for (const at of layer)
      for (const p of adj.get(at) ?? [])
        if (!hops.has(p)) {
          hops.set(p, hops.get(at)! + 1);
          next.push(p);
        }
    layer = next;
  }
  return hops;
}

/**
 * The map as one device sees it, rebuilt only when presences or our links changed: every
 * device's hops from each author, computed on first use.
 */
export class MeshMap {
  private adj: Map<PeerId, Set<PeerId>> | null = null;
  private readonly trees = new Map<PeerId, Map<PeerId, number>>();

  constructor(private readonly states: () => Iterable<unknown>) {}

  changed(): void {
    this.adj = null;
    this.trees.clear();
  }

  /** Hops from `author` to each device the map reaches. */
  hopsFrom(author: PeerId): ReadonlyMap<PeerId, number> {
    this.adj ??= adjacency(mapEntries(this.states()));
    let hops = this.trees.get(author);
    if (!hops) this.trees.set(author, (hops = hopsFrom(author, this.adj)));
    return hops;
  }
}
