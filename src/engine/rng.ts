// Seeded randomness as plain state, so history, undo and saved sessions stay reproducible.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

/** A generator's state: plain numbers, safe to store and save. */
export type RngState = readonly number[];

/** The state of a generator seeded with `seed`. */
export function seedRng(seed: number): RngState {
  return xoroshiro128plus(seed).getState();
}

/** The state for run `index` of a batch: independent of worker count and sharding. */
export function seedRun(seed: number, index: number): RngState {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (index >>> 0), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return seedRng((h ^ (h >>> 16)) | 0);
}

/** Draws a number in [0, 1) and returns it with the next state. */
export function drawUniform(state: RngState): { value: number; state: RngState } {
  const rng = xoroshiro128plusFromState(state);
  const value = uniformFloat64(rng);
  return { value, state: rng.getState() };
}
