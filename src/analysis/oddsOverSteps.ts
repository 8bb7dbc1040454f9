// The odds as seen after every step of a session: a small batch from each world along the way.

import { formatMonth } from '../core/month.js';
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { World } from '../engine/world.js';
import { liveOdds } from './liveOdds.js';

/** The odds from one point of a session. */
export type OddsPoint = { step: number; date: string; outcomes: Record<string, { p: number; ci95: [number, number] }>; undecided: number };

/** The odds from each world (`step` is the number of steps taken to reach it), `runs` runs each, seeded by `seed`. */
export function oddsOverSteps(kernel: Kernel, points: readonly { step: number; world: World }[], runs: number, seed: number): OddsPoint[] {
  return points.map(({ step, world }) => {
    const odds = liveOdds(kernel, world, runs, seed);
    return {
      step,
      date: formatMonth(kernel.ir.start + world.month),
      outcomes: Object.fromEntries(odds.outcomes.map((o) => [o.id, { p: o.p, ci95: [o.ci95[0], o.ci95[1]] as [number, number] }])),
      undecided: odds.undecided,
    };
  });
}
