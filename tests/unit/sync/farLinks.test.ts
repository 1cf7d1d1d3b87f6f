// Which device a far link goes to (Z7, issue 17): the farthest on the room's map with a slot free.
import { describe, expect, it } from 'vitest';
import { farTarget, FAR_HOPS, tradeLink } from '../../../src/sync/farLinks';
import type { MapEntry } from '../../../src/sync/roomMap';

/** A chain a-b-c-…: each device lists its two neighbours. */
function chain(names: string[]): MapEntry[] {
  return names.map((peer, i) => ({ peer, links: [names[i - 1], names[i + 1]].filter((x): x is string => !!x) }));
}

const first = () => 0;
const never = () => false;

describe('far links (Z7)', () => {
  it('offers to the farthest device FAR_HOPS or more away, and to none nearer', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    const map = chain(names);
    expect(farTarget('a', map, ['b'], 6, never, first)).toBe('f');
    // From c the farthest is f, 3 hops: just far enough.
    expect(FAR_HOPS).toBe(3);
    expect(farTarget('c', map, ['b', 'd'], 6, never, first)).toBe('f');
    // From d nobody is 3 hops away or more… but a is.
    expect(farTarget('d', map, ['c', 'e'], 6, never, first)).toBe('a');
    expect(farTarget('b', chain(['a', 'b', 'c', 'd']), ['a', 'c'], 6, never, first)).toBeNull();
  });

  it('skips devices at their limit, ones tried lately, and ones the map does not reach', () => {
    const map = chain(['a', 'b', 'c', 'd', 'e', 'f']);
    const full = map.map((e) => (e.peer === 'f' ? { ...e, links: ['e', 'x1', 'x2', 'x3', 'x4', 'x5'] } : e));
    expect(farTarget('a', full, ['b'], 6, never, first)).toBe('e');
    expect(farTarget('a', map, ['b'], 6, (p) => p === 'f', first)).toBe('e');
    // g lists links but no one links to it: not on the map, not offered.
    expect(farTarget('a', [...map, { peer: 'g', links: [] }], ['b'], 6, (p) => p !== 'g', first)).toBeNull();
  });

  it('picks among equally far devices at random, so devices looking at once spread their offers', () => {
    // A star of chains: from the hub, three ends are equally far.
    const map: MapEntry[] = [
      { peer: 'hub', links: ['a1', 'b1', 'c1'] },
      ...(['a', 'b', 'c'] as const).flatMap((x) => [
        { peer: `${x}1`, links: ['hub', `${x}2`] },
        { peer: `${x}2`, links: [`${x}1`, `${x}3`] },
        { peer: `${x}3`, links: [`${x}2`] },
      ]),
    ];
    const picked = [0, 1, 2].map((i) => farTarget('hub', map, ['a1', 'b1', 'c1'], 6, never, () => i));
    expect(new Set(picked)).toEqual(new Set(['a3', 'b3', 'c3']));
  });

  it('counts our own new links before our presence lists them', () => {
    const map = chain(['a', 'b', 'c', 'd', 'e', 'f']);
    // a just linked to e: its presence does not list it yet, e's does not either.
    expect(farTarget('a', map, ['b', 'e'], 6, never, first)).toBeNull();
  });

  it('a device at its limit trades a link for a far one only when that shortens the mesh and keeps it whole', () => {
    // A ring of 10: every device is 5 hops from its opposite. r0 is offered a link by r5.
    const ring = Array.from({ length: 10 }, (_, i) => `r${i}`);
    const map: MapEntry[] = ring.map((peer, i) => ({ peer, links: [ring[(i + 9) % 10]!, ring[(i + 1) % 10]!, `x${i}`] }));
    // Each ring device also has a leaf x_i linked only to it (x_i lists it).
    for (let i = 0; i < 10; i++) map.push({ peer: `x${i}`, links: [`r${i}`] });
    // r0's neighbours r1 and r9 have 3 links: giving one up would leave it 2 (minLinks 3): declined.
    expect(tradeLink('r0', 'r5', map, ['r9', 'r1', 'x0'], 3)).toBeNull();
    // With minLinks 2, r0 gives up r1 or r9 (the leaf x0 would be cut off: never).
    const drop = tradeLink('r0', 'r5', map, ['r9', 'r1', 'x0'], 2);
    expect(['r1', 'r9']).toContain(drop);
    // Nobody farther than 3 hops: nothing to gain, no trade.
    const small = chain(['a', 'b', 'c']);
    expect(tradeLink('a', 'c', small, ['b'], 1)).toBeNull();
  });

  it('offers to a device at its limit only when it alone brings far devices within reach', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    const map = chain(names).map((e) =>
      e.peer === 'e' || e.peer === 'f' ? { ...e, links: [...e.links, 'y1', 'y2', 'y3', 'y4', 'y5'] } : e,
    );
    // e and f at their limit (by what they list); d has a slot but brings f within 3 of a as well.
    expect(farTarget('a', map, ['b'], 6, never, first)).toBe('d');
    // With d at its limit too, the farthest full one that brings the most is offered (it may trade).
    const allFull = map.map((e) => (e.peer === 'd' ? { ...e, links: [...e.links, 'z1', 'z2', 'z3', 'z4'] } : e));
    expect(['d', 'e', 'f']).toContain(farTarget('a', allFull, ['b'], 6, never, first));
  });
});
