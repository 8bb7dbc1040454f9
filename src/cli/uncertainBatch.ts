// `statecraft batch --uncertainty`: the nested loop over parameter draws, printed in the chosen format.
import { summarizeNested } from '../analysis/summarizeNested.js';
import { UsageError } from '../core/errors.js';
import { writeFileAtomic } from '../files/writeFileAtomic.js';
import { formatUncertaintyCsv, formatUncertaintyMarkdown, formatUncertaintyText } from '../report/formatUncertainty.js';
import { runNestedJob } from '../workers/runNestedJob.js';
import type { BatchCommandOptions } from './batchCommand.js';
import { batchPlan, MAX_RUNS } from './batchPlan.js';
import { parseInteger } from './parseNumber.js';
import { progressBar } from './progressBar.js';

/** The options `--uncertainty` adds to batch. */
export type UncertaintyOptions = { draws: string; perDraw: string };

/** Runs K draws × N runs; resolves to the exit code (130 when interrupted, after printing the partial result). */
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
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  const bar = progressBar(process.stderr, 'uncertainty');
  let result: Awaited<ReturnType<typeof runNestedJob>>;
  try {
    result = await runNestedJob(plan.job, draws, perDraw, { workers: plan.workers, onProgress: bar.update, signal: controller.signal });
  } finally {
    bar.clear();
    process.off('SIGINT', stop);
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
  return result.partial ? 130 : 0;
}
