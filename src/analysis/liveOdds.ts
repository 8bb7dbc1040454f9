// The odds from a given world: a small batch whose summary fits in a panel.
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { World } from '../engine/world.js';
import { runBatch } from './runBatch.js';
import { summarizeBatch } from './summarizeBatch.js';

/** Odds of each outcome, and the triggers that raise each most. */
export type LiveOdds = {
  readonly runs: number;
  readonly outcomes: readonly { readonly id: string; readonly p: number; readonly ci95: readonly [number, number] }[];
  readonly undecided: number;
  /** Per outcome, the triggers with the highest lift (fired in at least 2% of runs). */
  readonly drivers: readonly { readonly outcome: string; readonly trigger: string; readonly lift: number; readonly p: number; readonly fired: number }[];
};

/** Runs `runs` runs from `world` with `seed` and summarizes them. */
export function liveOdds(kernel: Kernel, world: World, runs: number, seed: number): LiveOdds {
  const agg = runBatch(kernel, { seed, start: world, forces: [] }, 0, runs);
  const r = summarizeBatch(kernel, agg, { seed, startMonth: world.month, forces: [] });
  const drivers = Object.keys(r.outcomes).flatMap((outcome) =>
    Object.entries(r.attribution)
      .filter(([, a]) => a.fired >= runs * 0.02 && (a.outcomes[outcome]?.lift ?? 0) > 1)
      .map(([trigger, a]) => ({ outcome, trigger, lift: a.outcomes[outcome]?.lift ?? 0, p: a.outcomes[outcome]?.p ?? 0, fired: a.fired }))
      .sort((x, y) => y.lift - x.lift || x.trigger.localeCompare(y.trigger))
      .slice(0, 5),
  );
  return {
    runs,
    outcomes: Object.entries(r.outcomes).map(([id, o]) => ({ id, p: o.p, ci95: o.ci95 })),
    undecided: r.undecided.p,
    drivers,
  };
}
