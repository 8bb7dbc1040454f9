// The odds from a given world: a small batch whose summary fits in a panel.
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { World } from '../engine/world.js';
import { runBatch } from './runBatch.js';
import { summarizeBatch } from './summarizeBatch.js';

/** Odds of each outcome with their intervals. */
export type LiveOdds = {
  readonly runs: number;
  readonly outcomes: readonly { readonly id: string; readonly p: number; readonly ci95: readonly [number, number] }[];
  readonly undecided: number;
};

/** Runs `runs` runs from `world` with `seed` and summarizes them. */
export function liveOdds(kernel: Kernel, world: World, runs: number, seed: number): LiveOdds {
  const agg = runBatch(kernel, { seed, start: world, forces: [] }, 0, runs);
  const r = summarizeBatch(kernel, agg, { seed, startMonth: world.month, forces: [] });
  return {
    runs,
    outcomes: Object.entries(r.outcomes).map(([id, o]) => ({ id, p: o.p, ci95: o.ci95 })),
    undecided: r.undecided.p,
  };
}
