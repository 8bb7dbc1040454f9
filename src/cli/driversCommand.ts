// `statecraft drivers`: interventional attribution: ban each trigger (or force it at its first chance) on common random numbers.
import { interventionsOf, rankDrivers } from '../analysis/rankDrivers.js';
import { summarizeBatch } from '../analysis/summarizeBatch.js';
import { formatDrivers } from '../report/formatDrivers.js';
import { textOf } from '../report/textOf.js';
import { runInterventions } from '../workers/runInterventions.js';
import { type BatchOptions, batchPlan } from './batchPlan.js';
import { parseInteger } from './parseNumber.js';
import { progressBar } from './progressBar.js';

export type DriversOptions = Omit<BatchOptions, 'shard' | 'shardCount'> & { firstChance?: boolean; top: string; format: string };

/** Runs the baseline and every intervention, and prints the effects ranked by |ΔP|. */
export async function driversCommand(scenarioArg: string | undefined, o: DriversOptions, write: (s: string) => void): Promise<number> {
  const top = parseInteger('--top', o.top, 1, 10_000);
  const plan = batchPlan(scenarioArg, o);
  const bar = progressBar(process.stderr, 'drivers');
  let result: Awaited<ReturnType<typeof runInterventions>>;
  try {
    result = await runInterventions(plan.job, plan.runs, interventionsOf(plan.kernel, o.firstChance === true), {
      workers: plan.workers,
      onProgress: bar.update,
    });
  } finally {
    bar.clear();
  }
  const summary = summarizeBatch(plan.kernel, result.baseline.aggregate, { seed: plan.job.seed, startMonth: plan.job.start?.month ?? 0, forces: o.force });
  const report = {
    title: `Drivers of ${textOf(plan.kernel.ir.title)} (${plan.kernel.ir.id})`,
    provenance: plan.provenance,
    baseline: Object.fromEntries(Object.entries(summary.outcomes).map(([id, x]) => [id, { p: x.p, ci95: x.ci95 }])),
    effects: rankDrivers(plan.kernel.outcomeIds, result.baseline.outcomes, result.runs),
  };
  write(formatDrivers(report, o.format, top));
  return 0;
}
