// Replays batch runs (the same streams as runBatch: run i seeded by (seed, i)) and shows each state along the way to an observer.
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { KernelState } from '../engine/kernel/kernelState.js';
import { copyKernelState } from '../engine/kernel/kernelState.js';
import { seedRun } from '../engine/rng.js';
import type { BatchSpec } from './runBatch.js';

/** What watches the runs: every state after a trigger fires and at the end of every month, then the outcome. */
export type RunObserver = {
  /** A new run begins (its start state is shown to `see` next). */
  readonly begin: (run: number) => void;
  /** The state during month index `month` (after a trigger fired in it, or at its end); `fired` is the trigger, or -1. */
  readonly see: (k: KernelState, month: number, fired: number) => void;
  /** The run ended with outcome index `outcome` (outcomes.length: undecided; outcomes.length + 1: an error). */
  readonly end: (outcome: number) => void;
};

/** Plays runs `from`..`to` exactly as runBatch does and tells the observer what happens. */
export function observeRuns(kernel: Kernel, spec: BatchSpec, from: number, to: number, observer: RunObserver): void {
  const nOut = kernel.outcomeIds.length;
  const base = kernel.newState();
  if (spec.start) kernel.load(base, spec.start);
  else kernel.start(base);
  const k = kernel.newState();
  const onFire = (t: number) => observer.see(k, k.month, t);
  for (let run = from; run < to; run++) {
    copyKernelState(base, k);
    k.error = null;
    observer.begin(run);
    observer.see(k, k.month, -1);
    const rng = xoroshiro128plusFromState(seedRun(spec.seed, run));
    while (!k.ended) {
      for (const force of spec.forces) {
        if (force.month !== k.month || !kernel.enabled(k, force.trigger)) continue;
        kernel.fire(k, force.trigger);
        onFire(force.trigger);
      }
      if (k.ended) break;
      const month = k.month;
      kernel.rollMonth(k, rng, onFire);
      observer.see(k, month, -1);
    }
    observer.end(k.error !== null ? nOut + 1 : k.outcome >= 0 ? k.outcome : nOut);
  }
}
