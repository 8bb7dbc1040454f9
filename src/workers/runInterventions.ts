// Plays the baseline and one batch per intervention on the same per-run streams, over a worker pool.
import type { BatchAggregate } from '../analysis/batchAggregate.js';
import type { Intervention, InterventionRun } from '../analysis/rankDrivers.js';
import { type BatchJob, kernelFor } from './batchJob.js';
import { createBatchPool, runBatchJob } from './runBatchJob.js';

/** The baseline's aggregate and outcomes, and each intervention's outcomes. */
export type InterventionResult = { baseline: { aggregate: BatchAggregate; outcomes: Uint8Array }; runs: InterventionRun[] };

/**
 * Runs `runs` runs of the job, then of each intervention. A ban of a trigger that fired in no baseline run
 * leaves every run as it was, so it is not played again.
 */
export async function runInterventions(
  job: BatchJob,
  runs: number,
  interventions: readonly { trigger: string; intervention: Intervention }[],
  o: { workers: number; onProgress?: (done: number, total: number) => void },
): Promise<InterventionResult> {
  const pool = o.workers > 1 ? createBatchPool(o.workers) : undefined;
  const total = (interventions.length + 1) * runs;
  let done = 0;
  const play = async (j: BatchJob) => {
    const outcomes = new Uint8Array(runs);
    const { aggregate } = await runBatchJob(j, 0, runs, {
      workers: o.workers,
      outcomes,
      ...(pool ? { pool } : {}),
      onProgress: (d) => o.onProgress?.(done + d, total),
    });
    done += runs;
    return { aggregate, outcomes };
  };
  try {
    const baseline = await play(job);
    const firedIn = baseline.aggregate.firedBy.map((row) => row.reduce((a, b) => a + b, 0));
    const triggerIds = kernelFor(job).triggerIds;
    const out: InterventionRun[] = [];
    for (const x of interventions) {
      if (x.intervention === 'ban' && firedIn[triggerIds.indexOf(x.trigger)] === 0) {
        done += runs;
        out.push({ ...x, outcomes: baseline.outcomes });
        continue;
      }
      const variant: BatchJob =
        x.intervention === 'ban' ? { ...job, bans: [...(job.bans ?? []), x.trigger] } : { ...job, firstChance: [...(job.firstChance ?? []), x.trigger] };
      out.push({ ...x, outcomes: (await play(variant)).outcomes });
    }
    return { baseline, runs: out };
  } finally {
    await pool?.destroy();
  }
}
