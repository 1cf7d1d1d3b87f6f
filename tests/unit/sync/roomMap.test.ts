// The room's map (T40): links both ends list, hops from an author, and who forwards to whom.
import { describe, expect, it } from 'vitest';
import { STAGGER_MS, treeDelay } from '../../../src/sync/forwarder';
import { adjacency, hopsFrom, MeshMap, mapEntries } from '../../../src/sync/roomMap';

// Peer ids are 11 base64url characters; the letter says who is who, and orders them.
const id = (c: string) => c.repeat(11);
const [A, B, C, D, E] = ['A', 'B', 'C', 'D', 'E'].map(id) as [string, string, string, string, string];

describe('room map (T40)', () => {
  it('keeps a link both ends list, even our own, and drops malformed presences', () => {
    const entries = mapEntries([
      { peer: A, links: [B, C] },
      { peer: B, links: [A, C] },
      { peer: C, links: [B, D] },
      // D lists no link back to C: opening or closing, not counted.
      { peer: D, links: [E] },
      { peer: E, links: [D] },
      { peer: 'no es un id', links: [A] },
      { peer: A, links: 'B' },
      { peer: C, links: new Array(17).fill(B) },
    ]);
    expect(entries.map((e) => e.peer)).toEqual([A, B, C, D, E]);
    const adj = adjacency(entries);
    // A lists C, C does not list A (say A is us, and C's presence has not caught up): not yet.
    expect([...adj.get(A)!]).toEqual([B]);
    expect([...adj.get(C)!]).toEqual([B]);
    expect(adj.get(D)).toEqual(new Set([E]));
  });

  it("makes the receiver's neighbour nearest the author (lowest id among equals) its only immediate forwarder", () => {
    // A square A-B-D, A-C-D plus E behind D: D has two neighbours one hop from A; B is lower.
    const entries = mapEntries([
      { peer: A, links: [B, C] },
      { peer: B, links: [A, D] },
      { peer: C, links: [A, D] },
      { peer: D, links: [C, B, E] },
      { peer: E, links: [D] },
    ]);
    const hops = hopsFrom(A, adjacency(entries));
    expect(Object.fromEntries(hops)).toEqual({ [A]: 0, [B]: 1, [C]: 1, [D]: 2, [E]: 3 });
    // D hears B and C (its pings list the others than the one it pings).
    expect(treeDelay(B, new Set([C, E]), hops)).toBe(0);
    expect(treeDelay(C, new Set([B, E]), hops)).toBe(STAGGER_MS);
    // Before the receiver's first ping the map cannot tell; nor about a neighbour it does not reach.
    expect(treeDelay(D, new Set(), hops)).toBeNull();
    expect(treeDelay(B, new Set([C, 'X'.repeat(11)]), hops)).toBeNull();
    // Were E linked to B too: B, one hop from A, forwards at once; D, two hops, waits two turns.
    expect(treeDelay(D, new Set([B]), hops)).toBe(2 * STAGGER_MS);
  });

  it('MeshMap answers from the presences it is given until told they changed', () => {
    let states: unknown[] = [
      { peer: A, links: [B] },
      { peer: B, links: [A, C] },
      { peer: C, links: [B] },
    ];
    const map = new MeshMap(() => states);
    expect(map.hopsFrom(A).get(C)).toBe(2);
    expect(map.hopsFrom(A).get(D)).toBeUndefined();
    states = [...states, { peer: D, links: [C] }];
    states[2] = { peer: C, links: [B, D] };
    expect(map.hopsFrom(A).get(D)).toBeUndefined();
    map.changed();
    expect(map.hopsFrom(A).get(D)).toBe(3);
  });
});
