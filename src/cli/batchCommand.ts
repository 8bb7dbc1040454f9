// `statecraft batch`: Monte Carlo runs to the final deadline, with odds, timing, bands, sequences and attribution.
import { summarizeBatch } from '../analysis/summarizeBatch.js';
import { UsageError } from '../core/errors.js';
import { checkOutput } from '../files/checkOutput.js';
import type { OutputWriter } from '../files/outputWriter.js';
import { SHARD_FORMAT, serializeShard } from '../report/batchShardFile.js';
import { runBatchJob } from '../workers/runBatchJob.js';
import { type BatchOptions, batchPlan } from './batchPlan.js';
import { interruptController } from './interrupt.js';
import { printBatch } from './printBatch.js';
import { printOverTime } from './printOverTime.js';
import { progressBar } from './progressBar.js';
import { reportRunErrors } from './reportRunErrors.js';

export type BatchCommandOptions = BatchOptions & {
  format: string;
  out?: string;
  overwrite?: boolean;
  uncertainty?: boolean;
  draws?: string;
  perDraw?: string;
  given?: string[];
  overTime?: boolean;
  /** The --out file as checked before the work (set by batchCommand): written at the end only if nobody changed it meanwhile. */
  output?: OutputWriter | undefined;
};

/** Runs the batch; resolves to the exit code (130 on Ctrl+C, 143 on SIGTERM, 1 when runs stopped on an evaluation error, after printing). */
export async function batchCommand(
  scenarioArg: string | undefined,
  o: BatchCommandOptions,
  write: (s: string) => void,
  warn: (s: string) => void = (s) => process.stderr.write(s),
): Promise<number> {
  const plan = batchPlan(scenarioArg, o);
  if (plan.shard && o.out === undefined) {
    const example = `statecraft batch --shard ${plan.shard.k}/${plan.shard.n} --out shard-${plan.shard.k}-of-${plan.shard.n}.json`;
    throw new UsageError('--shard writes a file for statecraft merge, not a report: add --out FILE', `e.g. ${example}`);
  }
  const output =
    o.out === undefined
      ? undefined
      : checkOutput(o.out, {
          flag: '--out',
          inputs: [plan.job.scenarioFile, o.from],
          format: plan.shard ? SHARD_FORMAT : null,
          scenario: plan.kernel.ir.id,
          ...(o.overwrite ? { overwrite: true } : {}),
        });
  if (o.given && o.given.length > 0) return (await import('./givenBatch.js')).givenBatch(scenarioArg, { ...o, given: o.given, output }, write);
  if (o.uncertainty)
    return (await import('./uncertainBatch.js')).uncertainBatch(
      scenarioArg,
      { ...o, draws: o.draws ?? '200', perDraw: o.perDraw ?? '500', output },
      write,
      warn,
    );
  const interrupt = interruptController();
  const bar = progressBar(process.stderr, plan.shard ? `shard ${plan.shard.k}/${plan.shard.n}` : 'batch');
  let result: Awaited<ReturnType<typeof runBatchJob>>;
  bar.update(0, plan.last - plan.first);
  try {
    result = await runBatchJob(plan.job, plan.first, plan.last, { workers: plan.workers, onProgress: bar.update, signal: interrupt.signal });
  } finally {
    bar.clear();
    interrupt.dispose();
  }
  const stopped = interrupt.code() ?? 130;
  const identity = { provenance: plan.provenance, startMonth: plan.job.start?.month ?? 0 };
  if (result.partial && result.done === 0) {
    warn(`interrupted before any run finished: nothing was ${o.out ? `written to ${o.out}` : 'printed'}\n`);
    return stopped;
  }
  if (plan.shard && !result.partial) {
    const text = serializeShard(identity, plan.shard, result.aggregate);
    if (output) output.write(text);
    else write(text);
    if (o.out) write(`wrote shard ${plan.shard.k}/${plan.shard.n} (${(plan.last - plan.first).toLocaleString('en-US')} runs) to ${o.out}\n`);
    return 0;
  }
  const report = summarizeBatch(plan.kernel, result.aggregate, { seed: plan.job.seed, startMonth: plan.job.start?.month ?? 0, forces: o.force });
  if (result.partial) report.partial = true;
  report.provenance = plan.provenance;
  const text = (o.overTime ? printOverTime : printBatch)(plan.kernel.ir, report, o.format, process.stdout.columns || 100, scenarioArg);
  if (output) output.write(text);
  else write(text);
  if (o.out) write(`wrote the ${o.format} report of ${result.done.toLocaleString('en-US')} runs to ${o.out}\n`);
  if (result.partial) {
    warn(
      `interrupted: the result ${o.out ? `in ${o.out}` : 'above'} covers ${result.done.toLocaleString('en-US')} of ${(plan.last - plan.first).toLocaleString('en-US')} runs\n`,
    );
    return stopped;
  }
  return reportRunErrors(report, { scenario: scenarioArg, provenance: plan.provenance, triggers: plan.kernel.ir.triggers }, warn);
}
