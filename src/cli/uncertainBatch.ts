// `statecraft batch --uncertainty`: the nested loop over parameter draws, printed in the chosen format or written as a shard.
import { summarizeNested } from '../analysis/summarizeNested.js';
import { UsageError } from '../core/errors.js';
import { serializeNestedShard } from '../report/batchShardFile.js';
import { drawRange } from '../report/checkShard.js';
import { formatUncertainty } from '../report/formatUncertainty.js';
import { runNestedJob } from '../workers/runNestedJob.js';
import type { BatchCommandOptions } from './batchCommand.js';
import { batchPlan, MAX_RUNS } from './batchPlan.js';
import { interruptController } from './interrupt.js';
import { parseInteger } from './parseNumber.js';
import { progressBar } from './progressBar.js';

/** The options `--uncertainty` adds to batch. */
export type UncertaintyOptions = { draws: string; perDraw: string };

/** Runs K draws × N runs (or one shard's share of the draws); resolves to the exit code (130 on Ctrl+C, 143 on SIGTERM, after printing the partial result). */
export async function uncertainBatch(
  scenarioArg: string | undefined,
  o: BatchCommandOptions & UncertaintyOptions,
  write: (s: string) => void,
  warn: (s: string) => void = (s) => process.stderr.write(s),
): Promise<number> {
  const draws = parseInteger('--draws', o.draws, 2, 100_000);
  const perDraw = parseInteger('--per-draw', o.perDraw, 1, MAX_RUNS);
  if (draws * perDraw > MAX_RUNS) throw new UsageError(`--draws × --per-draw is ${draws * perDraw}, over ${MAX_RUNS}`, 'lower one of them');
  const plan = batchPlan(scenarioArg, { ...o, runs: String(draws * perDraw) });
  const { shard } = plan;
  if (shard && shard.n > draws)
    throw new UsageError(
      `--shard ${shard.k}/${shard.n}: a batch --uncertainty is split by draws, and it has only ${draws}`,
      `use at most --shard ${draws}/${draws}, or raise --draws`,
    );
  const range = shard ? drawRange(draws, shard.k, shard.n) : ([0, draws] as [number, number]);
  const interrupt = interruptController();
  const bar = progressBar(process.stderr, shard ? `shard ${shard.k}/${shard.n}` : 'uncertainty');
  let result: Awaited<ReturnType<typeof runNestedJob>>;
  try {
    result = await runNestedJob(plan.job, draws, perDraw, { workers: plan.workers, onProgress: bar.update, signal: interrupt.signal, range });
  } finally {
    bar.clear();
    interrupt.dispose();
  }
  if (result.partial && result.done === 0) {
    warn(`interrupted before any parameter draw finished: nothing was ${o.out ? `written to ${o.out}` : 'printed'}\n`);
    return interrupt.code() ?? 130;
  }
  const identity = { provenance: plan.provenance, startMonth: plan.job.start?.month ?? 0 };
  if (shard) {
    if (result.partial) {
      warn(`interrupted: no shard was written${o.out ? ` to ${o.out}` : ''}\n`);
      return interrupt.code() ?? 130;
    }
    const text = serializeNestedShard(identity, { draws, perDraw }, shard, result.nested.draws);
    if (o.output) o.output.write(text);
    else write(text);
    const runs = (range[1] - range[0]) * perDraw;
    if (o.out) write(`wrote shard ${shard.k}/${shard.n} (draws ${range[0] + 1}–${range[1]} of ${draws}, ${runs.toLocaleString('en-US')} runs) to ${o.out}\n`);
    return 0;
  }
  const report = summarizeNested(plan.kernel, result.nested, { seed: plan.job.seed, perDraw, startMonth: identity.startMonth });
  if (result.partial) report.partial = true;
  const text = formatUncertainty(plan.kernel.ir, report, o.format);
  if (o.output) o.output.write(text);
  else write(text);
  if (!result.partial) return 0;
  const finished = `${(result.done / perDraw).toLocaleString('en-US')} of ${draws.toLocaleString('en-US')} parameter draws`;
  warn(`interrupted: the result ${o.out ? `in ${o.out}` : 'above'} covers ${finished}\n`);
  return interrupt.code() ?? 130;
}
