// The `statecraft run` command line that plays one run of a batch again, quoted so that pasting it into a shell runs nothing else.
import type { RunProblem } from '../analysis/batchAggregate.js';
import type { Provenance } from '../analysis/provenance.js';

/** What a replay line is built from: the scenario as the user named it (undefined: the default scenario) and the batch's inputs. */
export type ReplaySource = { readonly scenario: string | undefined; readonly provenance: Pick<Provenance, 'seed' | 'sets' | 'from'> };

// Words a POSIX shell reads as themselves, unquoted.
const PLAIN = /^[A-Za-z0-9_./:=@%+,-]+$/;

/** Quotes a word for a POSIX shell: as is when plain, else in single quotes, each `'` written `'\''`. */
export function shellQuote(word: string): string {
  return PLAIN.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * `statecraft run SCENARIO [--from F] [--set S]… --seed N --batch-run I --steps …`: the run's own random stream, the batch's
 * what-ifs, and the steps it fired by hand and rolled. Every word is quoted, whatever a shard file claims.
 */
export function replayCommand(source: ReplaySource, problem: Pick<RunProblem, 'run' | 'steps'>): string {
  const { provenance: p } = source;
  const words = ['statecraft', 'run'];
  if (source.scenario !== undefined) words.push(source.scenario);
  if (p.from) words.push('--from', p.from.file);
  for (const s of p.sets) words.push('--set', s);
  words.push('--seed', String(p.seed), '--batch-run', String(problem.run), '--steps', problem.steps);
  return words.map(shellQuote).join(' ');
}
