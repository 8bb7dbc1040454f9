// `statecraft sensitivity`: moves each assumption down and up on the same runs and ranks them by the swing in the odds.

import { guardThresholds, thresholdsCrossed } from '../analysis/guardThresholds.js';
import { pairedDifference } from '../analysis/pairedDifference.js';
import { rangeVariants } from '../analysis/rangeVariants.js';
import { sensitivityVariants } from '../analysis/sensitivityVariants.js';
import { UsageError } from '../core/errors.js';
import { formatTornado, type SensitivityRow, sensitivityCsv } from '../report/formatTornado.js';
import { createBatchPool, runBatchJob } from '../workers/runBatchJob.js';
import { batchPlan } from './batchPlan.js';
import { progressBar } from './progressBar.js';

export type SensitivityOptions = {
  runs: string;
  seed: string;
  range: string;
  workers?: string;
  top: string;
  format: string;
  set: string[];
  uncertainty?: boolean;
};

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Runs the baseline and two variants per assumption on the same per-run streams, so differences are the assumption's. */
export async function sensitivityCommand(scenarioArg: string | undefined, o: SensitivityOptions, write: (s: string) => void): Promise<number> {
  const share = Number(o.range.replace('%', '')) / 100;
  if (!Number.isFinite(share) || share <= 0 || share >= 1)
    throw new UsageError(`--range "${o.range}": give a percentage between 0 and 100`, 'e.g. --range 50%');
  const plan = batchPlan(scenarioArg, { runs: o.runs, seed: o.seed, force: [], set: o.set, ...(o.workers ? { workers: o.workers } : {}) });
  const { ir } = plan.kernel;
  const ids = plan.kernel.outcomeIds;
  const variants = o.uncertainty ? rangeVariants(ir) : sensitivityVariants(ir.scenario, share);
  if (o.uncertainty && variants.length === 0)
    throw new UsageError(
      '--uncertainty: the scenario declares no ranges on chances or initial values',
      'write e.g. chance: {low: 0.05, high: 0.2}; see docs/uncertainty.md',
    );
  const thresholds = guardThresholds(ir);
  const bar = progressBar(process.stderr, 'sensitivity');
  const total = (variants.length * 2 + 1) * plan.runs;
  let done = 0;
  const pool = plan.workers > 1 ? createBatchPool(plan.workers) : undefined;
  const play = async (sets: readonly string[]) => {
    const outcomes = new Uint8Array(plan.runs);
    const job = { ...plan.job, sets: [...plan.job.sets, ...sets] };
    await runBatchJob(job, 0, plan.runs, { workers: plan.workers, outcomes, ...(pool ? { pool } : {}), onProgress: (d) => bar.update(done + d, total) });
    done += plan.runs;
    return outcomes;
  };
  const oddsOf = (outcomes: Uint8Array) => Object.fromEntries(ids.map((id, i) => [id, r4(outcomes.filter((x) => x === i).length / plan.runs)]));
  const rows: SensitivityRow[] = [];
  let baseline: Record<string, number>;
  try {
    baseline = oddsOf(await play([]));
    for (const v of variants) {
      const low = await play([v.lowSet]);
      const high = await play([v.highSet]);
      const paired = pairedDifference(low, high, ids.length);
      const swing = Object.fromEntries(
        ids.map((id, i) => {
          const p = paired[i] as (typeof paired)[number];
          return [id, { delta: r4(p.delta), ci95: [r4(p.ci95[0]), r4(p.ci95[1])] as const, noise: !p.excludesZero }];
        }),
      );
      const indicator = /^indicators\.(\w+)\.initial$/.exec(v.parameter)?.[1];
      const crosses = indicator ? thresholdsCrossed(thresholds, indicator, Number(v.low), Number(v.high)) : [];
      rows.push({ ...v, lowOdds: oddsOf(low), highOdds: oddsOf(high), swing, crosses });
    }
  } finally {
    bar.clear();
    await pool?.destroy();
  }
  const top = Number(o.top);
  if (o.format === 'json') write(`${JSON.stringify({ provenance: plan.provenance, range: share, baseline, parameters: rows }, null, 2)}\n`);
  else if (o.format === 'csv') write(sensitivityCsv(plan.provenance, baseline, rows));
  else {
    const swing = o.uncertainty ? 'the 5% and 95% points of its declared range' : undefined;
    write(formatTornado(plan.provenance, share, baseline, rows, Number.isInteger(top) && top > 0 ? top : 10, swing));
  }
  return 0;
}
