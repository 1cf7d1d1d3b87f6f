// The one seeded random source of the test suite (lib0's prng, already a dependency of Yjs): every
// randomized test takes a seed, so a failure replays exactly from the seed it prints.
import * as prng from 'lib0/prng';

export type Rng = () => number;

/** A generator of numbers in [0, 1) fully determined by `seed`. */
export function seededRng(seed: number): Rng {
  const gen = prng.create(seed);
  return () => prng.real53(gen);
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
