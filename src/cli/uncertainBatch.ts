// `statecraft batch --uncertainty`: the nested loop over parameter draws, printed in the chosen format.
import { summarizeNested } from '../analysis/summarizeNested.js';
import { UsageError } from '../core/errors.js';
import { writeFileAtomic } from '../files/writeFileAtomic.js';
import { formatUncertaintyCsv, formatUncertaintyMarkdown, formatUncertaintyText } from '../report/formatUncertainty.js';
import { runNestedJob } from '../workers/runNestedJob.js';
import type { BatchCommandOptions } from './batchCommand.js';
import { batchPlan, MAX_RUNS } from './batchPlan.js';
import { interruptController } from './interrupt.js';
import { parseInteger } from './parseNumber.js';
import { progressBar } from './progressBar.js';

/** The options `--uncertainty` adds to batch. */
export type UncertaintyOptions = { draws: string; perDraw: string };

/** Runs K draws × N runs; resolves to the exit code (130 on Ctrl+C, 143 on SIGTERM, after printing the partial result). */
export async function uncertainBatch(
  scenarioArg: string | undefined,
  o: BatchCommandOptions & UncertaintyOptions,
  write: (s: string) => void,
): Promise<number> {
  if (o.shard !== undefined) throw new UsageError('--shard does not work with --uncertainty yet', 'run the draws in one process: lower --draws or --per-draw');
  const draws = parseInteger('--draws', o.draws, 2, 100_000);
  const perDraw = parseInteger('--per-draw', o.perDraw, 1, MAX_RUNS);
  if (draws * perDraw > MAX_RUNS) throw new UsageError(`--draws × --per-draw is ${draws * perDraw}, over ${MAX_RUNS}`, 'lower one of them');
  const plan = batchPlan(scenarioArg, { ...o, runs: String(draws * perDraw) });
  const interrupt = interruptController();
  const bar = progressBar(process.stderr, 'uncertainty');
  let result: Awaited<ReturnType<typeof runNestedJob>>;
  try {
    result = await runNestedJob(plan.job, draws, perDraw, { workers: plan.workers, onProgress: bar.update, signal: interrupt.signal });
  } finally {
    bar.clear();
    interrupt.dispose();
  }
  if (result.partial && result.done === 0) {
    process.stderr.write(`interrupted before any parameter draw finished: nothing was ${o.out ? `written to ${o.out}` : 'printed'}\n`);
    return interrupt.code() ?? 130;
  }
  const report = summarizeNested(plan.kernel, result.nested, { seed: plan.job.seed, perDraw, startMonth: plan.job.start?.month ?? 0 });
  if (result.partial) report.partial = true;
  const text =
    o.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : o.format === 'csv'
        ? formatUncertaintyCsv(report)
        : o.format === 'md'
          ? formatUncertaintyMarkdown(report)
          : formatUncertaintyText(plan.kernel.ir, report);
  if (o.out) writeFileAtomic(o.out, text);
  else write(text);
  if (!result.partial) return 0;
  const finished = `${(result.done / perDraw).toLocaleString('en-US')} of ${draws.toLocaleString('en-US')} parameter draws`;
  process.stderr.write(`interrupted: the result ${o.out ? `in ${o.out}` : 'above'} covers ${finished}\n`);
  return interrupt.code() ?? 130;
}
