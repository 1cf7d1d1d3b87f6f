// The room's map (Z6): presences list their devices' links; a device finds who is FAR_HOPS away.
import { describe, expect, it } from 'vitest';
import { farTarget, FAR_HOPS, hopsFrom, mapEntries } from '../../../src/sync/roomMap';

const id = (n: number) => `peer${String(n).padStart(7, '0')}`;

/** A chain 0-1-2-…-(n-1): each presence lists its neighbours. */
function chain(n: number) {
  return Array.from({ length: n }, (_, i) => ({ peer: id(i), links: [i - 1, i + 1].filter((j) => j >= 0 && j < n).map(id) }));
}

describe('room map (Z6)', () => {
  it('counts hops over links listed by either end', () => {
    const entries = chain(6).filter((e) => e.peer !== id(3)); // device 3 runs an old version: no list
    const hops = hopsFrom(id(0), entries, [id(1)]);
    expect(hops.get(id(5))).toBe(5);
    expect(hops.get(id(3))).toBe(3);
  });

  it(`offers the farthest device ${FAR_HOPS}+ hops away, preferring one with room, never a near one`, () => {
    const entries = chain(7);
    expect(farTarget(id(0), entries.slice(1), [id(1)], 6)).toBe(id(6));
    expect(farTarget(id(0), chain(4).slice(1), [id(1)], 6)).toBeNull();
    // Device 6 at its limit (linked to five devices off the chain): device 5, one hop nearer, has room.
    const full = entries.map((e) => (e.peer === id(6) ? { ...e, links: [5, 101, 102, 103, 104, 105].map(id) } : e));
    expect(farTarget(id(0), full.slice(1), [id(1)], 6)).toBe(id(5));
    expect(farTarget(id(0), entries.slice(1), [id(1)], 6, (p) => p === id(6))).toBe(id(5));
  });

  it('takes only well-formed lists from presence (a peer is untrusted)', () => {
    const states = [
      { peer: id(1), links: [id(2)] },
      { peer: id(2), links: 'x' },
      { peer: id(3), links: Array.from({ length: 17 }, (_, i) => id(i)) },
      { peer: 'bad', links: [] },
      null,
      { peer: id(4) },
    ];
    expect(mapEntries(states)).toEqual([{ peer: id(1), links: [id(2)] }]);
  });
});
