// Signposts from a given world, in parts between events, so a newer request or a cancel stops the older one.
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { World } from '../engine/world.js';
import { type SignpostsReport, tallySignposts } from './signposts.js';

/** Runs per part: small enough that a cancel is seen within a fraction of a second. */
const PART = 1000;

/**
 * Plays `runs` runs from `world` (run i seeded by (seed, i)) and ranks the signposts of each month from its month on, `top` per month.
 * `step` is awaited after each part with the progress; when it resolves to false the work stops and null is returned.
 */
export async function liveSignposts(
  kernel: Kernel,
  world: World,
  runs: number,
  seed: number,
  top: number,
  step: (done: number, total: number) => Promise<boolean>,
): Promise<SignpostsReport | null> {
  const tally = tallySignposts(kernel, { seed, start: world, forces: [] });
  for (let from = 0; from < runs; from += PART) {
    const to = Math.min(runs, from + PART);
    tally.observe(from, to);
    if (!(await step(to, runs))) return null;
  }
  return tally.rank(top);
}
