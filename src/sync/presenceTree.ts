// Renewals of presence along the room's map (rule T41, issue 17). Awareness renews every presence
// every 15-18 s with the same content; flooded (T15, with T31's skip), each renewal reached a
// device about 2.4 times at 32 devices, and renewals were most of an idle room's traffic. A renewal
// now goes on only from a receiver's parent by the map (T40's rule for updates: of the devices
// linked to it, the one nearest the presence's device, ties to the lowest peer id), so each device
// gets it about once. A changed presence (a new state, links, a removal) still floods: it is rare
// and it is what the screens and the map are made of.
//
// Awareness drops a presence 30 s after its last renewal, so a renewal the tree fails to deliver
// (two devices whose maps differ for a moment, a link closing with it on the way) would take a
// live device off a screen. The repair: a device that has not heard a presence renewed for
// STALE_MS asks a neighbour for every presence it knows (DOC_QUERY_AWARENESS, which every build
// answers), at most once per client every ASK_AGAIN_MS.
import type { PeerId } from './envelope';
import { treeDelay } from './forwarder';

/** Renewals come every 15-18 s (awareness checks every 3 s); awareness drops a presence at 30 s. */
export const STALE_MS = 20_000;
/** A device that really left is asked about once or twice before awareness drops it. */
export const ASK_AGAIN_MS = 5_000;

/**
 * Whether this device passes a renewal of `author`'s presence on to a receiver linked to
 * `receiverHears`: true when it is the receiver's parent, false when another device is, null when
 * the map cannot tell (then the flooding rule decides).
 */
export function renewalParent(me: PeerId | null, receiverHears: ReadonlySet<PeerId>, hops: ReadonlyMap<PeerId, number>): boolean | null {
  if (!me) return null;
  const delay = treeDelay(me, receiverHears, hops);
  return delay === null ? null : delay === 0;
}

/** The clients whose presence has not been renewed for STALE_MS and that we did not ask about lately. */
export function staleClients(
  meta: ReadonlyMap<number, { lastUpdated: number }>,
  present: (client: number) => boolean,
  asked: Map<number, number>,
  now: number,
): number[] {
  const out: number[] = [];
  for (const [client, m] of meta) {
    if (!present(client) || now - m.lastUpdated < STALE_MS) continue;
    if (now - (asked.get(client) ?? -Infinity) < ASK_AGAIN_MS) continue;
    out.push(client);
  }
  for (const client of asked.keys()) if (!present(client)) asked.delete(client);
  return out;
}
