// The odds from a given world: a small batch whose summary fits in a panel.
import { createKernel, type Kernel } from '../engine/kernel/createKernel.js';
import { withParameterSlots } from '../engine/withParameterSlots.js';
import type { World } from '../engine/world.js';
import { runBatch } from './runBatch.js';
import { runNestedBatch, type SlottedKernel } from './runNestedBatch.js';
import { summarizeBatch } from './summarizeBatch.js';
import { quantileSorted } from './summarizeNested.js';

/** Parameter draws behind the band of live odds, when the scenario declares ranges. */
const DRAWS = 20;
const slotted = new WeakMap<Kernel, SlottedKernel>();
const slottedOf = (kernel: Kernel): SlottedKernel => {
  let s = slotted.get(kernel);
  if (!s) {
    const { ir, slots } = withParameterSlots(kernel.ir);
    s = { kernel: createKernel(ir), slots };
    slotted.set(kernel, s);
  }
  return s;
};

/** Odds of each outcome with their intervals. */
export type LiveOdds = {
  readonly runs: number;
  /** `band`: the 10th and 90th percentiles of P across parameter draws, when the scenario declares ranges. */
  readonly outcomes: readonly {
    readonly id: string;
    readonly p: number;
    readonly ci95: readonly [number, number];
    readonly band?: readonly [number, number];
  }[];
  readonly undecided: number;
};

/** Runs `runs` runs from `world` with `seed` and summarizes them; with ranges, as DRAWS parameter draws of runs/DRAWS runs. */
export function liveOdds(kernel: Kernel, world: World, runs: number, seed: number): LiveOdds {
  const spec = { seed, start: world, forces: [] };
  const perDraw = Math.ceil(runs / DRAWS);
  const nested = kernel.ir.parameters.length > 0 && !world.ended ? runNestedBatch(slottedOf(kernel), spec, perDraw, 0, DRAWS) : null;
  const agg = nested ? nested.pooled : runBatch(kernel, spec, 0, runs);
  const bandOf = (o: number): [number, number] | null => {
    if (!nested) return null;
    const ps = nested.draws.map((d) => (d.outcomeCounts[o] ?? 0) / perDraw).sort((a, b) => a - b);
    return [quantileSorted(ps, 0.1), quantileSorted(ps, 0.9)];
  };
  const r = summarizeBatch(kernel, agg, { seed, startMonth: world.month, forces: [] });
  return {
    runs: agg.runs,
    outcomes: Object.entries(r.outcomes).map(([id, o], i) => {
      const band = bandOf(i);
      return band ? { id, p: o.p, ci95: o.ci95, band } : { id, p: o.p, ci95: o.ci95 };
    }),
    undecided: r.undecided.p,
  };
}
