// The worker thread of a batch: runs one range of runs and returns its aggregate.
import type { BatchAggregate } from '../analysis/batchAggregate.js';
import { runBatch } from '../analysis/runBatch.js';
import { type BatchJob, kernelFor, specFor } from './batchJob.js';

/** Runs `from`..`to` of the job. */
export default function batchWorker(task: { job: BatchJob; from: number; to: number }): BatchAggregate {
  const kernel = kernelFor(task.job);
  return runBatch(kernel, specFor(kernel, task.job), task.from, task.to);
}
