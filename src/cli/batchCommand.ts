// `statecraft batch`: Monte Carlo runs to the final deadline, with odds, timing, bands, sequences and attribution.
import { summarizeBatch } from '../analysis/summarizeBatch.js';
import { UsageError } from '../core/errors.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import { serializeShard } from '../report/batchShardFile.js';
import { runBatchJob } from '../workers/runBatchJob.js';
import { type BatchOptions, batchPlan } from './batchPlan.js';
import { printBatch } from './printBatch.js';
import { progressBar } from './progressBar.js';

export type BatchCommandOptions = BatchOptions & { format: string; out?: string };

/** Runs the batch; resolves to the exit code (130 when interrupted, after printing the partial result). */
export async function batchCommand(scenarioArg: string | undefined, o: BatchCommandOptions, write: (s: string) => void): Promise<number> {
  const plan = batchPlan(scenarioArg, o);
  if (plan.shard && o.out === undefined) {
    const example = `statecraft batch --shard ${plan.shard.k}/${plan.shard.n} --out shard-${plan.shard.k}-of-${plan.shard.n}.json`;
    throw new UsageError('--shard writes a file for statecraft merge, not a report: add --out FILE', `e.g. ${example}`);
  }
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
    if (o.out) write(`wrote shard ${plan.shard.k}/${plan.shard.n} (${(plan.last - plan.first).toLocaleString('en-US')} runs) to ${o.out}\n`);
    return 0;
  }
  const report = summarizeBatch(plan.kernel, result.aggregate, { seed: plan.job.seed, startMonth: plan.job.start?.month ?? 0, forces: o.force });
  if (result.partial) report.partial = true;
  const text = printBatch(plan.kernel.ir, report, o.format, process.stdout.columns || 100);
  if (o.out) writeFileAtomic(o.out, text);
  else write(text);
  if (o.out) write(`wrote the ${o.format} report of ${result.done.toLocaleString('en-US')} runs to ${o.out}\n`);
  if (result.partial) {
    process.stderr.write(
      `interrupted: the result above covers ${result.done.toLocaleString('en-US')} of ${(plan.last - plan.first).toLocaleString('en-US')} runs\n`,
    );
    return 130;
  }
  return 0;
}
