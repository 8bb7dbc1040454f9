// `statecraft batch`: Monte Carlo runs to the final deadline, with odds, timing, bands, sequences and attribution.
import { summarizeBatch } from '../analysis/summarizeBatch.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import { serializeShard } from '../report/batchShardFile.js';
import { runBatchJob } from '../workers/runBatchJob.js';
import { type BatchOptions, batchPlan } from './batchPlan.js';
import { printBatch } from './printBatch.js';
import { printOverTime } from './printOverTime.js';
import { progressBar } from './progressBar.js';

export type BatchCommandOptions = BatchOptions & {
  format: string;
  out?: string;
  uncertainty?: boolean;
  draws?: string;
  perDraw?: string;
  given?: string[];
  overTime?: boolean;
};

/** Runs the batch; resolves to the exit code (130 when interrupted, after printing the partial result). */
export async function batchCommand(scenarioArg: string | undefined, o: BatchCommandOptions, write: (s: string) => void): Promise<number> {
  if (o.given && o.given.length > 0) return (await import('./givenBatch.js')).givenBatch(scenarioArg, { ...o, given: o.given }, write);
  if (o.uncertainty)
    return (await import('./uncertainBatch.js')).uncertainBatch(scenarioArg, { ...o, draws: o.draws ?? '200', perDraw: o.perDraw ?? '500' }, write);
  const plan = batchPlan(scenarioArg, o);
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const bar = progressBar(process.stderr, plan.shard ? `shard ${plan.shard.k}/${plan.shard.n}` : 'batch');
  let result: Awaited<ReturnType<typeof runBatchJob>>;
  try {
    result = await runBatchJob(plan.job, plan.first, plan.last, { workers: plan.workers, onProgress: bar.update, signal: controller.signal });
  } finally {
    bar.clear();
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
  const identity = {
    scenario: plan.kernel.ir.id,
    fingerprint: plan.kernel.ir.fingerprint,
    seed: plan.job.seed,
    runs: plan.runs,
    startMonth: plan.job.start?.month ?? 0,
    forces: o.force,
    sets: o.set,
  };
  if (plan.shard && !result.partial) {
    const text = serializeShard(identity, plan.shard, result.aggregate);
    if (o.out) writeFileAtomic(o.out, text);
    else write(text);
    return 0;
  }
  const report = summarizeBatch(plan.kernel, result.aggregate, { seed: plan.job.seed, startMonth: plan.job.start?.month ?? 0, forces: o.force });
  if (result.partial) report.partial = true;
  const text = (o.overTime ? printOverTime : printBatch)(plan.kernel.ir, report, o.format, process.stdout.columns || 100);
  if (o.out) writeFileAtomic(o.out, text);
  else write(text);
  if (result.partial) {
    process.stderr.write(
      `interrupted: the result above covers ${result.done.toLocaleString('en-US')} of ${(plan.last - plan.first).toLocaleString('en-US')} runs\n`,
    );
    return 130;
  }
  return 0;
}
