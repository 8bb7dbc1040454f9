// Nested Monte Carlo: draws k of the parameters (outer loop), N runs each (inner loop). Run j of draw k is batch run k·N + j.
import type { Kernel } from '../engine/kernel/createKernel.js';
import { accumulateAggregate } from './accumulateAggregate.js';
import { type BatchAggregate, mergeAggregates } from './batchAggregate.js';
import { drawParameters } from './drawParameters.js';
import { type BatchSpec, runBatch } from './runBatch.js';

/** One parameter draw and what its runs gave. */
export type DrawResult = { readonly k: number; readonly values: readonly number[]; readonly outcomeCounts: readonly number[] };

/** What a range of draws gives: each draw's counts, and (when asked) every run pooled into one aggregate. */
export type NestedAggregate = { draws: DrawResult[]; pooled: BatchAggregate };

/** A kernel built from `withParameterSlots`, with its slots. */
export type SlottedKernel = { readonly kernel: Kernel; readonly slots: Float64Array };

/**
 * Runs draws `from` (inclusive) to `to` (exclusive) with `perDraw` runs each; the same bytes for any split of the draws.
 * With `pool` false the pooled aggregate stays empty, which saves adding up bands and sequences the caller does not use.
 */
export function runNestedBatch(
  { kernel, slots }: SlottedKernel,
  spec: BatchSpec,
  perDraw: number,
  from: number,
  to: number,
  onProgress?: (done: number) => void,
  pool = true,
): NestedAggregate {
  const pooled = runBatch(kernel, spec, 0, 0);
  const draws: DrawResult[] = [];
  for (let k = from; k < to; k++) {
    const values = drawParameters(kernel.ir, spec.seed, k);
    slots.set(values);
    // Unpooled, only each draw's outcome counts are kept: the bands, fired-by and sequence tallies are skipped.
    const agg = runBatch(kernel, spec, k * perDraw, (k + 1) * perDraw, undefined, undefined, !pool);
    draws.push({ k, values, outcomeCounts: agg.outcomeCounts });
    if (pool) accumulateAggregate(pooled, agg);
    onProgress?.((k - from + 1) * perDraw);
  }
  return { draws, pooled };
}

/** Merges the results of two ranges of draws. */
export function mergeNested(a: NestedAggregate, b: NestedAggregate): NestedAggregate {
  return { draws: [...a.draws, ...b.draws].sort((x, y) => x.k - y.k), pooled: mergeAggregates(a.pooled, b.pooled) };
}
