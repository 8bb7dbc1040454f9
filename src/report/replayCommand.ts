// The command line that plays one run of a batch again, quoted so that pasting it into a shell runs nothing else.
import type { RunProblem } from '../analysis/batchAggregate.js';
import type { Provenance } from '../analysis/provenance.js';
import { commandLine, fileWord } from '../core/shellQuote.js';
import type { TriggerIR } from '../engine/ir.js';

/**
 * What a replay line is built from: the scenario as the user named it (undefined: the default scenario), the batch's inputs,
 * and the scenario's triggers (to tell the scheduled ones).
 */
export type ReplaySource = {
  readonly scenario: string | undefined;
  readonly provenance: Pick<Provenance, 'seed' | 'sets' | 'forces' | 'from'>;
  readonly triggers: readonly Pick<TriggerIR, 'id' | 'kind'>[];
};

/**
 * The scheduled trigger the run fired by `--force`, if any. `statecraft run` plays a scheduled trigger's step at its own
 * month (the clock jumps there), so such a run is replayed by a batch instead.
 */
export function forcedScheduled(source: ReplaySource, problem: Pick<RunProblem, 'steps'>): string | undefined {
  const scheduled = new Set(source.triggers.filter((t) => t.kind === 'scheduled').map((t) => t.id));
  return problem.steps.split(',').find((step) => scheduled.has(step));
}

/**
 * The command that plays run I again, every word quoted whatever a shard file claims. Usually
 * `statecraft run SCENARIO [--from F] [--set S]… --seed N --batch-run I --steps …`: the run's own random stream, the batch's
 * what-ifs, and the steps it fired by hand and rolled. When the run fired a scheduled trigger by `--force` (see
 * {@link forcedScheduled}): `statecraft batch SCENARIO [--from F] [--set S]… [--force F]… --seed N --runs I+1`, whose last
 * run is run I exactly (each run has its own random stream, whatever the number of runs).
 */
export function replayCommand(source: ReplaySource, problem: Pick<RunProblem, 'run' | 'steps'>): string {
  const { provenance: p } = source;
  const batch = forcedScheduled(source, problem) !== undefined;
  const words = ['statecraft', batch ? 'batch' : 'run'];
  if (source.scenario !== undefined) words.push(fileWord(source.scenario));
  if (p.from) words.push('--from', fileWord(p.from.file));
  for (const s of p.sets) words.push('--set', s);
  if (batch) for (const f of p.forces) words.push('--force', f);
  words.push('--seed', String(p.seed));
  if (batch) words.push('--runs', String(problem.run + 1));
  else words.push('--batch-run', String(problem.run), '--steps', problem.steps);
  return commandLine(words);
}
