// Monte Carlo for scripts: the `statecraft batch` job on worker threads, with progress and an abort signal.
import { type BatchReport, summarizeBatch } from '../analysis/summarizeBatch.js';
import { batchPlan } from '../cli/batchPlan.js';
import { runBatchJob } from '../workers/runBatchJob.js';

/** What to run; the same meaning and limits as the options of `statecraft batch`. */
export type RunBatchOptions = {
  /** A shipped scenario name or a .yaml path (default: iraq-coalition). */
  readonly scenario?: string;
  /** Number of runs (1 to 100,000,000). */
  readonly runs: number;
  /** Run i always uses the generator seeded by (seed, i), so results do not depend on `workers` (default 1). */
  readonly seed?: number;
  /** Worker threads (default: the number of cores); 1 runs in this thread. */
  readonly workers?: number;
  /** What-ifs: `triggers.ID.chance=EXPR` or `indicators.ID.initial=N`. */
  readonly set?: readonly string[];
  /** What-ifs: `TRIGGER@YYYY-MM` fires the trigger at the start of that month in every run. */
  readonly force?: readonly string[];
  /** A saved session file to start every run from. */
  readonly from?: string;
  /** Called as chunks of runs finish. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Stops early; the report then covers the runs done so far and says `partial: true`. */
  readonly signal?: AbortSignal;
};

/** Runs the batch and summarizes it: odds with 95% intervals, timing, bands, attribution. Bad options throw a UsageError. */
export async function runBatch(o: RunBatchOptions): Promise<BatchReport> {
  const force = [...(o.force ?? [])];
  const plan = batchPlan(o.scenario, {
    runs: String(o.runs),
    seed: String(o.seed ?? 1),
    force,
    set: [...(o.set ?? [])],
    ...(o.workers === undefined ? {} : { workers: String(o.workers) }),
    ...(o.from === undefined ? {} : { from: o.from }),
  });
  const result = await runBatchJob(plan.job, plan.first, plan.last, {
    workers: plan.workers,
    ...(o.onProgress ? { onProgress: o.onProgress } : {}),
    ...(o.signal ? { signal: o.signal } : {}),
  });
  const report = summarizeBatch(plan.kernel, result.aggregate, { seed: plan.job.seed, startMonth: plan.job.start?.month ?? 0, forces: force });
  if (result.partial) report.partial = true;
  return report;
}
