// The drivers of the odds from a given world: each trigger banned on the same runs, in steps that can be cancelled.
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { World } from '../engine/world.js';
import { type DriverRow, interventionsOf, rankDrivers } from './rankDrivers.js';
import { runBatch } from './runBatch.js';
import { wilson } from './wilson.js';

/** The baseline odds and the effect of banning each trigger, largest first. */
export type LiveDrivers = {
  readonly runs: number;
  readonly baseline: readonly { readonly id: string; readonly p: number; readonly ci95: readonly [number, number] }[];
  readonly effects: readonly DriverRow[];
};

/**
 * Plays `runs` runs from `world`, then the same runs with each trigger banned (kernels from `kernelWith`).
 * `step` is awaited after each batch with the progress; when it resolves to false the work stops and null is returned.
 */
export async function liveDrivers(
  kernelWith: (bans: readonly string[]) => Kernel,
  world: World,
  runs: number,
  seed: number,
  step: (done: number, total: number) => Promise<boolean>,
): Promise<LiveDrivers | null> {
  const base = kernelWith([]);
  const spec = { seed, start: world, forces: [] };
  const interventions = interventionsOf(base, false);
  const total = interventions.length + 1;
  const baseline = new Uint8Array(runs);
  const agg = runBatch(base, spec, 0, runs, undefined, baseline);
  if (!(await step(1, total))) return null;
  const results = [];
  for (const [i, x] of interventions.entries()) {
    const fired = (agg.firedBy[base.triggerIds.indexOf(x.trigger)] ?? []).some((c) => c > 0);
    const outcomes = fired ? new Uint8Array(runs) : baseline;
    if (fired) runBatch(kernelWith([x.trigger]), spec, 0, runs, undefined, outcomes);
    results.push({ ...x, outcomes });
    if (!(await step(i + 2, total))) return null;
  }
  return {
    runs,
    baseline: base.outcomeIds.map((id, o) => ({ id, p: (agg.outcomeCounts[o] ?? 0) / runs, ci95: wilson(agg.outcomeCounts[o] ?? 0, runs) })),
    effects: rankDrivers(base.outcomeIds, baseline, results),
  };
}
