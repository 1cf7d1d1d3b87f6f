// State vectors (client id -> next clock) compared without trusting their source, and the
// "lagging for a while" tracker anti-entropy uses (rule T29): a peer whose state vector stays
// behind (or ahead of) what we had a few seconds ago missed something, and a repair is due.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

export type StateVector = Map<number, number>;

/** null for bytes that are not a state vector (a peer's bytes are untrusted). */
export function readStateVector(bytes: Uint8Array): StateVector | null {
  try {
    const sv = Y.decodeStateVector(bytes);
    for (const [client, clock] of sv) if (!Number.isSafeInteger(client) || !Number.isSafeInteger(clock) || clock < 0) return null;
    return sv;
  } catch {
    return null;
  }
}

/**
 * How many hops news of data on its way travels in state messages (T38): 1 is "I know I lack
 * something, or a neighbour says it is receiving", 2 "a neighbour of mine said 1". The status
 * counts a device as answering only up to two hops away (T30), so a device two hops from a
 * write is the farthest that could wrongly say "todos tienen todo": its neighbour's 1 reaches it.
 * Past NEWS_REACH the word is dropped, so a stale one dies out within a state message or two.
 */
export const NEWS_REACH = 2;

/** What a neighbour tells in its state message (T29, T38). */
export interface StateWord {
  sv: StateVector;
  receiving: boolean;
  /** 0: nothing known on its way; 1..NEWS_REACH: hops to a device that lacks or receives data. */
  news: number;
}

/**
 * The state message a device sends on each link (T29): its state vector, "receiving a large
 * message" (bit 0) and news (bits 1-2, T38; a protocol-1 peer reads bit 0 only).
 */
export function stateMessage(sv: Uint8Array, receiving: boolean, news = 0): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint8Array(enc, sv);
  encoding.writeVarUint(enc, (receiving ? 1 : 0) | (Math.min(Math.max(news, 0), NEWS_REACH) << 1));
  return encoding.toUint8Array(enc);
}

/** null for a malformed state message; throws nothing. */
export function readStateMessage(body: Uint8Array): StateWord | null {
  try {
    const dec = decoding.createDecoder(body);
    const sv = readStateVector(decoding.readVarUint8Array(dec));
    const flags = decoding.readVarUint(dec);
    return sv ? { sv, receiving: (flags & 1) === 1, news: (flags >> 1) & 3 } : null;
  } catch {
    return null;
  }
}

/** A neighbour's word says data is still moving toward or through it (T28, T38). */
export function saysMoving(state: { receiving: boolean; news: number } | null): boolean {
  return state !== null && (state.receiving || state.news > 0);
}

/**
 * This device's news (T38): 1 when it knows first-hand that data is on its way (a neighbour told
 * a state vector ahead of ours, a neighbour or this device is receiving), else one more than the
 * nearest neighbour's news, or 0 beyond NEWS_REACH. Only first-hand facts start news, so no two
 * devices keep each other's alive: without a source it rises by one per message and dies out.
 */
export function newsLevel(
  local: StateVector,
  receivingHere: boolean,
  neighbours: Iterable<{ remoteSv: StateVector | null; remoteReceiving: boolean; remoteNews: number }>,
): number {
  if (receivingHere) return 1;
  let nearest = Infinity;
  for (const n of neighbours) {
    if (n.remoteReceiving || (n.remoteSv && !covers(local, n.remoteSv))) return 1;
    if (n.remoteNews > 0) nearest = Math.min(nearest, n.remoteNews + 1);
  }
  return nearest <= NEWS_REACH ? nearest : 0;
}

/** `have` holds everything `want` describes. */
export function covers(have: StateVector, want: StateVector): boolean {
  for (const [client, clock] of want) if ((have.get(client) ?? 0) < clock) return false;
  return true;
}

export function sameStateVector(a: StateVector, b: StateVector): boolean {
  return covers(a, b) && covers(b, a);
}

/** When one side started lacking what the other had (`target`), or null while nothing lacks. */
export interface Lag {
  target: StateVector;
  since: number;
}

/**
 * Follows whether `have` lacks something of `want`. Returns the new lag, and `due` when the same
 * gap (what `want` held at `since`) is still open after `afterMs`: then the caller repairs, and the
 * clock starts again so one gap gets at most one repair every `afterMs`.
 */
export function followLag(
  lag: Lag | null,
  have: StateVector,
  want: StateVector,
  now: number,
  afterMs: number,
): { lag: Lag | null; due: boolean } {
  if (covers(have, want)) return { lag: null, due: false };
  if (!lag || covers(have, lag.target)) return { lag: { target: want, since: now }, due: false };
  if (now - lag.since >= afterMs) return { lag: { target: want, since: now }, due: true };
  return { lag, due: false };
}

/**
 * A short fingerprint of a state vector, the same for equal ones whatever their order (issue 17).
 * A presence used to carry the whole state vector, one entry per device that ever wrote: at 32
 * devices that was more than half of every renewal, and every device forwards every renewal, so
 * the room's presence traffic grew as the square of its size. The room status only asks "has it
 * exactly what I have" of a device it is not linked to, and equal fingerprints answer that. Not a
 * cryptographic hash: a peer could claim anything in its presence anyway; 64 bits keep an
 * accidental match between different states out of reach.
 */
export function stateVectorDigest(sv: StateVector): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const entries = [...sv].filter(([, clock]) => clock > 0).sort((a, b) => a[0] - b[0]);
  const word = (w: number) => {
    h1 = Math.imul(h1 ^ w, 2654435761);
    h2 = Math.imul(h2 ^ w, 1597334677);
  };
  for (const [client, clock] of entries) {
    word(client >>> 0);
    word(Math.floor(client / 2 ** 32) >>> 0);
    word(clock >>> 0);
    word(Math.floor(clock / 2 ** 32) >>> 0);
  }
  word(entries.length);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** What stateVectorDigest returns, for validating a peer's presence. */
export const DIGEST_PATTERN = /^[0-9a-f]{16}$/;
