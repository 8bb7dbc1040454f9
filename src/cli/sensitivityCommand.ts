// `statecraft sensitivity`: moves each assumption down and up and ranks them by how far the odds swing.

import { rangeVariants } from '../analysis/rangeVariants.js';
import { sensitivityVariants } from '../analysis/sensitivityVariants.js';
import { summarizeBatch } from '../analysis/summarizeBatch.js';
import { UsageError } from '../core/errors.js';
import { formatTornado, type SensitivityRow, sensitivityCsv } from '../report/formatTornado.js';
import { kernelFor } from '../workers/batchJob.js';
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

/** Runs the baseline and two variants per assumption with the same seed, so differences are the assumption's. */
export async function sensitivityCommand(scenarioArg: string | undefined, o: SensitivityOptions, write: (s: string) => void): Promise<number> {
  const share = Number(o.range.replace('%', '')) / 100;
  if (!Number.isFinite(share) || share <= 0 || share >= 1)
    throw new UsageError(`--range "${o.range}": give a percentage between 0 and 100`, 'e.g. --range 50%');
  const plan = batchPlan(scenarioArg, { runs: o.runs, seed: o.seed, force: [], set: o.set, ...(o.workers ? { workers: o.workers } : {}) });
  const variants = o.uncertainty ? rangeVariants(plan.kernel.ir) : sensitivityVariants(plan.kernel.ir.scenario, share);
  if (o.uncertainty && variants.length === 0)
    throw new UsageError(
      '--uncertainty: the scenario declares no ranges on chances or initial values',
      'write e.g. chance: {low: 0.05, high: 0.2}; see docs/uncertainty.md',
    );
  const bar = progressBar(process.stderr, 'sensitivity');
  const total = (variants.length * 2 + 1) * plan.runs;
  let done = 0;
  const oddsOf = async (sets: readonly string[]) => {
    const job = { ...plan.job, sets: [...plan.job.sets, ...sets] };
    const { aggregate } = await runBatchJob(job, 0, plan.runs, { workers: plan.workers, pool, onProgress: (d) => bar.update(done + d, total) });
    done += plan.runs;
    const report = summarizeBatch(kernelFor(job), aggregate, { seed: plan.job.seed, startMonth: plan.job.start?.month ?? 0, forces: [] });
    return Object.fromEntries(Object.entries(report.outcomes).map(([id, x]) => [id, x.p]));
  };
  const pool = createBatchPool(plan.workers);
  const rows: SensitivityRow[] = [];
  let baseline: Record<string, number>;
  try {
    baseline = await oddsOf([]);
    for (const v of variants) rows.push({ ...v, lowOdds: await oddsOf([v.lowSet]), highOdds: await oddsOf([v.highSet]) });
  } finally {
    bar.clear();
    await pool.destroy();
  }
  const top = Number(o.top);
  if (o.format === 'json')
    write(`${JSON.stringify({ scenario: plan.kernel.ir.id, runs: plan.runs, seed: plan.job.seed, range: share, baseline, parameters: rows }, null, 2)}\n`);
  else if (o.format === 'csv') write(sensitivityCsv(baseline, rows));
  else {
    const swing = o.uncertainty ? 'the 5% and 95% points of its declared range' : undefined;
    write(formatTornado(plan.kernel.ir.id, plan.runs, share, baseline, rows, Number.isInteger(top) && top > 0 ? top : 10, swing));
  }
  return 0;
}
