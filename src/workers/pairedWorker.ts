// The worker thread of a comparison under uncertainty: runs one range of parameter draws of A and B.
import type { PairedDraw } from '../analysis/runPairedDraws.js';
import { runPairedDraws } from '../analysis/runPairedDraws.js';
import { specFor } from './batchJob.js';
import { type PairedTask, pairedSides } from './runPairedJob.js';

/** Runs draws `from`..`to` of the task. */
export default function pairedWorker(task: PairedTask): PairedDraw[] {
  const [a, b] = pairedSides(task.a, task.b);
  return runPairedDraws({ slotted: a, spec: specFor(a.kernel, task.a) }, { slotted: b, spec: specFor(b.kernel, task.b) }, task.perDraw, task.from, task.to);
}
