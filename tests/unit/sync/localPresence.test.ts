// Presence carries a fingerprint of the state vector, not the state vector (issue 17): its size
// no longer grows with the number of devices that wrote, and the room status still says exactly
// who has everything. A device of an older build still reads the whole state vector: it goes too
// while such a device is in the room, and only then.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { toBase64Url } from '../../../src/sync/bytes';
import { LocalPresence, PRESENCE_SV_EVERY_MS } from '../../../src/sync/localPresence';
import { PresenceSchema, roomStatus } from '../../../src/sync/roomStatus';
import { DIGEST_PATTERN, stateVectorDigest } from '../../../src/sync/stateVector';

const sv = (entries: [number, number][]) => new Map(entries);
const user = { school: 'Escuela A', person: 'Ana' };

afterEach(() => vi.useRealTimers());

describe('stateVectorDigest', () => {
  it('is the same for equal state vectors in any order, and differs when any clock or client does', () => {
    const a = stateVectorDigest(
      sv([
        [1, 5],
        [2_000_000_000, 3],
        [7, 1],
      ]),
    );
    expect(a).toMatch(DIGEST_PATTERN);
    expect(
      stateVectorDigest(
        sv([
          [7, 1],
          [1, 5],
          [2_000_000_000, 3],
        ]),
      ),
    ).toBe(a);
    // A client at clock 0 has written nothing: the same state.
    expect(
      stateVectorDigest(
        sv([
          [7, 1],
          [1, 5],
          [2_000_000_000, 3],
          [9, 0],
        ]),
      ),
    ).toBe(a);
    const others = [
      sv([
        [1, 6],
        [2_000_000_000, 3],
        [7, 1],
      ]),
      sv([
        [1, 5],
        [2_000_000_000, 3],
      ]),
      sv([
        [1, 5],
        [2_000_000_000, 3],
        [8, 1],
      ]),
      sv([
        [1, 3],
        [2_000_000_000, 5],
        [7, 1],
      ]),
      sv([]),
    ];
    for (const o of others) expect(stateVectorDigest(o)).not.toBe(a);
  });

  it('tells apart the state vectors of a busy room (no accidental match among 20,000)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++)
      seen.add(
        stateVectorDigest(
          sv([
            [i % 97, 1 + (i % 13)],
            [1000 + Math.floor(i / 97), 1 + Math.floor(i / 1261)],
          ]),
        ),
      );
    expect(seen.size).toBe(20_000);
  });
});

describe('PresenceSchema', () => {
  const base = { peer: 'p'.repeat(11), user };
  it('takes a fingerprint, an older build state vector, or both; not neither, nor a malformed fingerprint', () => {
    expect(PresenceSchema.safeParse({ ...base, d: '0123456789abcdef' }).success).toBe(true);
    expect(PresenceSchema.safeParse({ ...base, sv: 'AQID' }).success).toBe(true);
    expect(PresenceSchema.safeParse({ ...base, d: '0123456789abcdef', sv: 'AQID' }).success).toBe(true);
    expect(PresenceSchema.safeParse(base).success).toBe(false);
    expect(PresenceSchema.safeParse({ ...base, d: '<script>' }).success).toBe(false);
    expect(PresenceSchema.safeParse({ ...base, d: '0123456789abcdef0' }).success).toBe(false);
  });
});

/** Two devices' awareness joined by hand: every update of one is applied on the other. */
function pairOf() {
  const docA = new Y.Doc();
  const docB = new Y.Doc();
  const a = new Awareness(docA);
  const b = new Awareness(docB);
  a.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
    if (origin !== 'remote') applyAwarenessUpdate(b, encodeAwarenessUpdate(a, [...added!, ...updated!, ...removed!]), 'remote');
  });
  b.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
    if (origin !== 'remote') applyAwarenessUpdate(a, encodeAwarenessUpdate(b, [...added!, ...updated!, ...removed!]), 'remote');
  });
  return { docA, docB, a, b };
}

/**
 * What a device's screen says of another from its presence alone (no link between them: it is
 * far). An older build (`older`) reads only the state vector.
 */
function saysOf(viewer: Awareness, doc: Y.Doc, client: number, older = false) {
  const states = new Map([...viewer.getStates()].map(([c, s]) => [c, older ? { ...s, d: undefined } : s]));
  const { peers } = roomStatus({
    selfPeer: 'v'.repeat(11),
    selfClient: viewer.clientID,
    presences: states,
    links: new Map(),
    linkSv: () => null,
    linkMoving: () => false,
    vouched: () => true,
    farFresh: () => true,
    local: Y.decodeStateVector(Y.encodeStateVector(doc)),
    incoming: false,
  });
  return peers.find((p) => p.clientId === client);
}

describe('LocalPresence', () => {
  it('publishes who it is and a fingerprint, kept current within 200 ms; the room status reads it', async () => {
    vi.useFakeTimers();
    const { docA, docB, a, b } = pairOf();
    const published = vi.fn();
    const p = new LocalPresence(a, docA, 'a'.repeat(11), user, published);
    expect(a.getLocalState()).toEqual({ peer: 'a'.repeat(11), user, d: stateVectorDigest(new Map()) });
    expect(saysOf(b, docB, a.clientID)?.hasAll).toBe(true);

    docA.getMap('cards').set('x', 1);
    expect(saysOf(b, docB, a.clientID)?.hasAll).toBe(true); // not yet announced
    await vi.advanceTimersByTimeAsync(PRESENCE_SV_EVERY_MS);
    expect(published).toHaveBeenCalledTimes(1);
    expect(a.getLocalState()?.d).toBe(stateVectorDigest(Y.decodeStateVector(Y.encodeStateVector(docA))));
    expect(saysOf(b, docB, a.clientID)?.hasAll).toBe(false);
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
    expect(saysOf(b, docB, a.clientID)?.hasAll).toBe(true);
    p.destroy();
  });

  it('adds the whole state vector while a device of an older build is in the room, and drops it once it left', async () => {
    vi.useFakeTimers();
    const { docA, docB, a, b } = pairOf();
    new LocalPresence(a, docA, 'a'.repeat(11), user);
    // Another field of the presence (the links, T40) stays through every change.
    a.setLocalStateField('links', ['c'.repeat(11)]);
    expect(a.getLocalState()?.sv).toBeUndefined();

    // B is an older build: school, person, its state vector, no fingerprint.
    docB.getMap('cards').set('y', 2);
    b.setLocalState({ peer: 'b'.repeat(11), user: { school: 'Escuela B', person: 'Beto' }, sv: toBase64Url(Y.encodeStateVector(docB)) });
    expect(a.getLocalState()?.sv).toBe(toBase64Url(Y.encodeStateVector(docA)));
    expect(a.getLocalState()?.links).toEqual(['c'.repeat(11)]);

    // What the older build reads (its schema: sv required) is current, and says A lacks B's card.
    docA.getMap('cards').set('x', 1);
    await vi.advanceTimersByTimeAsync(PRESENCE_SV_EVERY_MS);
    expect(a.getLocalState()?.sv).toBe(toBase64Url(Y.encodeStateVector(docA)));
    expect(saysOf(b, docB, a.clientID, true)?.hasAll).toBe(false);
    expect(saysOf(a, docA, b.clientID)?.hasAll).toBe(false);
    // Both get everything: each says so of the other, the older build from A's state vector, this
    // build from B's.
    Y.applyUpdate(docA, Y.encodeStateAsUpdate(docB));
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
    await vi.advanceTimersByTimeAsync(PRESENCE_SV_EVERY_MS);
    b.setLocalStateField('sv', toBase64Url(Y.encodeStateVector(docB)));
    expect(saysOf(b, docB, a.clientID, true)?.hasAll).toBe(true);
    expect(saysOf(a, docA, b.clientID)?.hasAll).toBe(true);

    b.setLocalState(null);
    expect(a.getLocalState()?.sv).toBeUndefined();
    expect(a.getLocalState()?.links).toEqual(['c'.repeat(11)]);
    expect(a.getLocalState()?.d).toBe(stateVectorDigest(Y.decodeStateVector(Y.encodeStateVector(docA))));
  });
});
