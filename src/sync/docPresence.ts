// Presence over a document's links (rule T15): which removals a device turns down because it
// knows better, the removal it sends the peer then, and the message that tells a neighbour
// everyone this device knows is here.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';

/** Every presence this device knows, as one awareness update. */
export function presenceAll(awareness: awarenessProtocol.Awareness): Uint8Array {
  return awarenessProtocol.encodeAwarenessUpdate(awareness, [...awareness.getStates().keys()]);
}

function parsed(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/**
 * What of a neighbour's presence update this device takes.
 *
 * Not the removals it knows to be wrong. A device whose link to a peer closes removes that peer's
 * presence at the same clock, and the removal travels on to every device (awareness deletes a
 * state on a null at its own clock). But a link also closes between two devices that both stay
 * (trimmed, Z2; a duplicate): a device that still hears the peer itself, or through a neighbour,
 * keeps it. The peer's own goodbye comes at a newer clock and always counts.
 *
 * And, the other way round, a presence removed here that comes back at the same clock (the peer
 * links again; a neighbour greets us with everyone it knows): awareness would ignore it, and the
 * peer stayed off the screen until its next renewal (15 s). So, when this device hears that peer
 * itself or through a neighbour, it forgets that client's clock in `awareness.meta` (its one side
 * effect) and the update then brings the presence back.
 *
 * Returns the update unchanged when nothing is dropped; null when nothing is left.
 */
export function presenceToApply(
  body: Uint8Array,
  awareness: awarenessProtocol.Awareness,
  here: (state: unknown) => boolean,
  refused: (client: number, clock: number) => void = () => {},
): Uint8Array | null {
  const dec = decoding.createDecoder(body);
  const count = decoding.readVarUint(dec);
  const kept: { client: number; clock: number; json: string }[] = [];
  for (let i = 0; i < count; i++) {
    const client = decoding.readVarUint(dec);
    const clock = decoding.readVarUint(dec);
    const json = decoding.readVarString(dec);
    const known = awareness.meta.get(client);
    const mine = client === awareness.clientID;
    const sameClock = known?.clock === clock;
    const wrong = json === 'null' && !mine && sameClock && here(awareness.getStates().get(client));
    // Only for a peer heard itself or through a neighbour, the same test as for a removal: a
    // same-clock removal and a same-clock state otherwise chase each other round the mesh's
    // cycles for ever, each device taking each in turn (measured 7 Dec: 6 MiB per device per
    // minute at 32 devices, issue 17). A peer farther away comes back with its next renewal.
    if (json !== 'null' && !mine && sameClock && !awareness.getStates().has(client) && here(parsed(json))) awareness.meta.delete(client);
    if (!wrong) kept.push({ client, clock, json });
    else refused(client, clock);
  }
  if (kept.length === count) return body;
  if (!kept.length) return null;
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, kept.length);
  for (const k of kept) {
    encoding.writeVarUint(enc, k.client);
    encoding.writeVarUint(enc, k.clock);
    encoding.writeVarString(enc, k.json);
  }
  return encoding.toUint8Array(enc);
}

/**
 * A removal of one client at its clock. Sent to the peer itself when this device turns one down
 * (presenceToApply): devices that took it are missing a live peer, and awareness answers the
 * removal of its own state with a renewal at a newer clock, which brings it back everywhere.
 */
export function presenceRemoval(client: number, clock: number): Uint8Array {
  const enc = encoding.createEncoder();
  encoding.writeVarUint(enc, 1);
  encoding.writeVarUint(enc, client);
  encoding.writeVarUint(enc, clock);
  encoding.writeVarString(enc, 'null');
  return encoding.toUint8Array(enc);
}
