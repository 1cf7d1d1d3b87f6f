// Presence over a document's links (rule T15): which awareness clients an update names, so a
// client heard only through a link that closed is removed with it; and the message that tells a
// neighbour everyone this device knows is here.
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';

/** The client ids an awareness update carries (throws on a malformed one, like the protocol). */
export function presenceClients(body: Uint8Array): number[] {
  const dec = decoding.createDecoder(body);
  const count = decoding.readVarUint(dec);
  const clients: number[] = [];
  for (let i = 0; i < count; i++) {
    clients.push(decoding.readVarUint(dec));
    decoding.readVarUint(dec);
    decoding.readVarString(dec);
  }
  return clients;
}

/** Clients heard through the closed link and through no other (never this device's own). */
export function presenceGone(closed: Set<number>, others: Iterable<Set<number>>, self: number): number[] {
  const stillHeard = new Set<number>();
  for (const other of others) other.forEach((c) => stillHeard.add(c));
  return [...closed].filter((c) => !stillHeard.has(c) && c !== self);
}

/** Every presence this device knows, as one awareness update. */
export function presenceAll(awareness: awarenessProtocol.Awareness): Uint8Array {
  return awarenessProtocol.encodeAwarenessUpdate(awareness, [...awareness.getStates().keys()]);
}
