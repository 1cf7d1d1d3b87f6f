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

/** The state message a device sends on each link (T29): its state vector and "receiving a large message". */
export function stateMessage(sv: Uint8Array, receiving: boolean): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint8Array(enc, sv);
  encoding.writeVarUint(enc, receiving ? 1 : 0);
  return encoding.toUint8Array(enc);
}

/** null for a malformed state message; throws nothing. */
export function readStateMessage(body: Uint8Array): { sv: StateVector; receiving: boolean } | null {
  try {
    const dec = decoding.createDecoder(body);
    const sv = readStateVector(decoding.readVarUint8Array(dec));
    const flags = decoding.readVarUint(dec);
    return sv ? { sv, receiving: (flags & 1) === 1 } : null;
  } catch {
    return null;
  }
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
