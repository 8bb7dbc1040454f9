// The outer loop's draws: parameter set k of a batch comes from its own seeded stream, apart from every run's stream.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { IR } from '../engine/ir.js';
import { seedRun } from '../engine/rng.js';
import { quantileOf } from '../scenario/fitDistribution.js';

/**
 * The seed of the draw stream: above every batch seed (0..2^31-1), so the generator of draw k, seeded by
 * (seed + 2^31, k), is never the generator of a run, seeded by (seed, i).
 */
export const drawSeedOf = (seed: number) => seed + 2 ** 31;

/** The values of every parameter of `ir` in draw `k`: one uniform each, through its distribution's quantile. */
export function drawParameters(ir: IR, seed: number, k: number): number[] {
  const rng = xoroshiro128plusFromState(seedRun(drawSeedOf(seed), k));
  return ir.parameters.map((p) => {
    const u = uniformFloat64(rng);
    return quantileOf(p.distribution, Math.min(1 - 1e-12, Math.max(1e-12, u)));
  });
}
