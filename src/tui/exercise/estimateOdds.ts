// The model's odds for the facilitator screen: the same like-for-like simulation as the debrief, fewer runs.
import { wilson } from '../../analysis/wilson.js';
import type { Kernel } from '../../engine/kernel/createKernel.js';
import type { ExerciseRun } from '../../exercise/exerciseRun.js';
import { exercisePoint, simulateExercise } from '../../exercise/simulateExercise.js';
import type { OddsView } from './exerciseUi.js';

/** Simulates the rest of the exercise `runs` times from where the run stands (seeded by the run's seed). */
export function estimateOdds(kernel: Kernel, run: ExerciseRun, runs: number): OddsView {
  const sim = simulateExercise(kernel, run.exercise, exercisePoint(run), runs, run.session.seed);
  const items = Object.entries(sim.counts).map(([id, n]) => {
    const [lo, hi] = wilson(n, runs);
    return { id, p: n / runs, lo, hi };
  });
  const halfWidth = Math.max(...items.map((x) => (x.hi - x.lo) / 2));
  return { runs, halfWidth, items };
}
