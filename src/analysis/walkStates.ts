// Seeded walks through what a person could do, to the end of the clock: witnesses for questions a breadth-first search leaves open.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { Kernel } from '../engine/kernel/createKernel.js';
import { copyKernelState } from '../engine/kernel/kernelState.js';
import { seedRun } from '../engine/rng.js';
import type { World } from '../engine/world.js';
import { scheduledFires } from './exploreStates.js';
import type { ReachTracker } from './reachTracker.js';

/** How many walks were taken and how many steps (states visited) they made. */
export type WalkReport = { readonly walks: number; readonly steps: number };

/** How far to walk, from where, with which seed, and until when. */
export type WalkOptions = {
  /** Stop after about this many steps in all. */
  readonly maxSteps: number;
  readonly start: World | null;
  /** The walks' seed: the same seed gives the same walks, so the same witnesses. */
  readonly seed?: number;
  /** Stop once this holds (checked between walks); default: once every question has a witness. */
  readonly until?: () => boolean;
};

/**
 * Chance of ending the month at each step, by walk (cycled): some walks make a move or two a month, others many, so
 * both ordinary years and extreme values are visited.
 */
const ADVANCE = [0.5, 0.2, 0.08, 0.03];
/** Most moves in one month of a walk, so every walk reaches the end of the clock. */
const MAX_MOVES_A_MONTH = 64;

/**
 * Walks from the start: at each step a move drawn uniformly among the enabled triggers the walk allows, or the end of the month.
 * Each state is shown to the tracker; walks stop once `until` holds or the step budget is spent.
 * Deterministic: the draws come from a seeded generator, never the wall clock.
 */
export function walkStates(kernel: Kernel, tracker: ReachTracker, o: WalkOptions): WalkReport {
  const { ir } = kernel;
  const first = kernel.newState();
  if (o.start) kernel.load(first, o.start);
  else kernel.start(first);
  const k = kernel.newState();
  const scratch = kernel.newState();
  const moves: number[] = [];
  const steps = () => moves.map((m) => (m < 0 ? 'advance' : (kernel.triggerIds[m] as string)));
  const enabled = new Int32Array(ir.triggers.length);
  const allowed = new Uint8Array(ir.triggers.length);
  const byPerson = ir.triggers.map((t, i) => (t.kind === 'scheduled' ? -1 : i)).filter((i) => i >= 0);
  let total = 0;
  let walks = 0;
  const until = o.until ?? (() => tracker.open() === 0);
  while (total < o.maxSteps && !until()) {
    const rng = xoroshiro128plusFromState(seedRun(o.seed ?? 0x5eed, walks));
    const pAdvance = ADVANCE[walks % ADVANCE.length] as number;
    // Swarm testing (Groce et al. 2012): after the first cycle, each walk leaves out about half the moves, so that the
    // ones it keeps repeat; a target that needs one move many times is then within reach.
    const swarm = walks >= ADVANCE.length;
    for (const t of byPerson) allowed[t] = !swarm || uniformFloat64(rng) < 0.5 ? 1 : 0;
    walks++;
    copyKernelState(first, k);
    moves.length = 0;
    tracker.observe(k, steps);
    let inMonth = 0;
    while (!k.ended && total < o.maxSteps) {
      let n = 0;
      for (const t of byPerson) {
        if (!kernel.enabled(k, t)) continue;
        tracker.fires(t, steps);
        if (allowed[t] === 1) enabled[n++] = t;
      }
      if (k.error !== null) {
        // A precondition that failed has stopped the run here.
        tracker.observe(k, steps);
        break;
      }
      if (n === 0 || inMonth >= MAX_MOVES_A_MONTH || uniformFloat64(rng) < pAdvance) {
        copyKernelState(k, scratch);
        scheduledFires(kernel, scratch, (t) => tracker.fires(t, steps));
        kernel.advance(k);
        moves.push(-1);
        inMonth = 0;
      } else {
        const t = enabled[Math.min(n - 1, Math.floor(uniformFloat64(rng) * n))] as number;
        kernel.fire(k, t);
        moves.push(t);
        inMonth++;
      }
      total++;
      tracker.observe(k, steps);
    }
  }
  return { walks, steps: total };
}
