// `run --odds [N]`: the odds after every action of the run, N runs from each world (default 1,000).
import { oddsOverSteps } from '../analysis/oddsOverSteps.js';
import { pathTo } from '../engine/historyNode.js';
import { createKernel } from '../engine/kernel/createKernel.js';
import type { Session } from '../engine/session.js';
import { parseInteger } from './parseNumber.js';

/** The odds series of a session's path to its cursor, seeded by the session's seed. */
export function runOdds(session: Session, option: string | true) {
  const runs = option === true ? 1000 : parseInteger('--odds', option, 10, 1_000_000);
  const kernel = createKernel(session.stepper.ir);
  const points = pathTo(session.cursor).map((node) => ({ step: node.steps, world: node.world }));
  return { runs, seed: session.seed, points: oddsOverSteps(kernel, points, runs, session.seed) };
}
