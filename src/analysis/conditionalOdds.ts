// Conditional odds: the outcomes of the runs in which every observation held by its month, against all runs.
import { UserError } from '../core/errors.js';
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { Observation } from './compileObservation.js';
import { observeRuns } from './observeRuns.js';
import type { BatchSpec } from './runBatch.js';
import { wilson } from './wilson.js';

/** The fewest matching runs a conditional estimate is given for. */
export const MIN_MATCHED = 30;

/** Odds given observations; a conditional statistic, not an effect. */
export type ConditionalReport = {
  format: 'statecraft-conditional';
  version: 1;
  scenario: string;
  seed: number;
  runs: number;
  given: string[];
  matched: number;
  outcomes: Record<string, { count: number; p: number; ci95: [number, number]; all: number }>;
};

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Which runs `from`..`to` matched every observation (1) or not (0), and each run's outcome index. */
export function matchRuns(kernel: Kernel, spec: BatchSpec, observations: readonly Observation[], from: number, to: number) {
  const matched = new Uint8Array(to - from);
  const outcomes = new Uint8Array(to - from);
  const seen = new Uint8Array(observations.length);
  let run = 0;
  observeRuns(kernel, spec, from, to, {
    begin: (r) => {
      run = r - from;
      seen.fill(0);
    },
    see: (k, month) => {
      for (let i = 0; i < observations.length; i++) {
        const o = observations[i] as Observation;
        if (seen[i] === 0 && month <= o.month && o.holds(k) === true) seen[i] = 1;
      }
    },
    end: (outcome) => {
      matched[run] = seen.every((s) => s === 1) ? 1 : 0;
      outcomes[run] = outcome;
    },
  });
  return { matched, outcomes };
}

/** The conditional odds over runs 0..runs-1; refuses (exit 1) when fewer than MIN_MATCHED runs match. */
export function conditionalOdds(kernel: Kernel, spec: BatchSpec, observations: readonly Observation[], runs: number): ConditionalReport {
  const { matched, outcomes } = matchRuns(kernel, spec, observations, 0, runs);
  const ids = [...kernel.outcomeIds, 'undecided', 'error'];
  const given = new Array(ids.length).fill(0);
  const all = new Array(ids.length).fill(0);
  let n = 0;
  for (let i = 0; i < runs; i++) {
    all[outcomes[i] as number]++;
    if (matched[i] === 1) {
      given[outcomes[i] as number]++;
      n++;
    }
  }
  if (n < MIN_MATCHED) {
    const what = observations.map((o) => `"${o.text}"`).join(' and ');
    throw new UserError(
      `only ${n} of ${runs.toLocaleString('en-US')} runs matched ${what}; conditional odds need at least ${MIN_MATCHED}`,
      'raise --runs, or loosen the observation (a lower level, a later month)',
    );
  }
  const shown = ids.flatMap((id, i) => (i < kernel.outcomeIds.length || all[i] > 0 ? [[id, i] as const] : []));
  return {
    format: 'statecraft-conditional',
    version: 1,
    scenario: kernel.ir.id,
    seed: spec.seed,
    runs,
    given: observations.map((o) => o.text),
    matched: n,
    outcomes: Object.fromEntries(
      shown.map(([id, i]) => [
        id,
        { count: given[i], p: round(given[i] / n), ci95: wilson(given[i], n).map(round) as [number, number], all: round(all[i] / runs) },
      ]),
    ),
  };
}
