// The parameter draws of a comparison under uncertainty: A and B take the same value stream, matched by parameter id.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { IR } from '../engine/ir.js';
import { seedRun } from '../engine/rng.js';
import { quantileOf } from '../scenario/fitDistribution.js';
import { drawSeedOf } from './drawParameters.js';

/**
 * The values of A's and B's parameters in draw `k`. Uniform i of the draw's stream goes to A's parameter i (so A's values are
 * exactly `drawParameters(a, seed, k)`); a parameter of B takes the uniform of A's parameter with the same id, and one that A
 * lacks takes the next unused uniform. A range both declare is thus drawn at the same quantile in A and B (common random numbers).
 * `u` holds the quantiles, A's parameters first, then B's own.
 */
export function drawPairedParameters(a: IR, b: IR, seed: number, k: number): { a: number[]; b: number[]; u: number[] } {
  const ids = [...a.parameters.map((p) => p.id), ...b.parameters.map((p) => p.id).filter((id) => !a.parameters.some((p) => p.id === id))];
  const rng = xoroshiro128plusFromState(seedRun(drawSeedOf(seed), k));
  const u = new Map(ids.map((id) => [id, Math.min(1 - 1e-12, Math.max(1e-12, uniformFloat64(rng)))]));
  const valuesOf = (ir: IR) => ir.parameters.map((p) => quantileOf(p.distribution, u.get(p.id) as number));
  return { a: valuesOf(a), b: valuesOf(b), u: ids.map((id) => u.get(id) as number) };
}
