// The worker thread of a nested batch: runs one range of parameter draws and returns their results.
import { type NestedAggregate, runNestedBatch } from '../analysis/runNestedBatch.js';
import { specFor } from './batchJob.js';
import { type NestedTask, slottedKernelFor } from './nestedJob.js';

/** Runs draws `from`..`to` of the task. */
export default function nestedWorker(task: NestedTask): NestedAggregate {
  const slotted = slottedKernelFor(task.job);
  return runNestedBatch(slotted, specFor(slotted.kernel, task.job), task.perDraw, task.from, task.to, undefined, false);
}
