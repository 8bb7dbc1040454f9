// The worker thread of a batch: runs one range of runs and returns its aggregate (and each run's outcome when asked).
import type { BatchAggregate } from '../analysis/batchAggregate.js';
import { runBatch } from '../analysis/runBatch.js';
import { type BatchJob, kernelFor, specFor } from './batchJob.js';

/** Runs `from`..`to` of the job; with `outcomes`, also returns each run's outcome index. */
export default function batchWorker(task: {
  job: BatchJob;
  from: number;
  to: number;
  outcomes?: boolean;
}): BatchAggregate | { aggregate: BatchAggregate; outcomes: Uint8Array } {
  const kernel = kernelFor(task.job);
  if (!task.outcomes) return runBatch(kernel, specFor(kernel, task.job), task.from, task.to);
  const outcomes = new Uint8Array(task.to - task.from);
  return { aggregate: runBatch(kernel, specFor(kernel, task.job), task.from, task.to, undefined, outcomes), outcomes };
}
