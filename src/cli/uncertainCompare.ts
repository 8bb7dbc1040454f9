// `statecraft compare --uncertainty`: A and B over the same parameter draws and the same runs, ΔP reported with its band across draws.
import { summarizePairedDraws } from '../analysis/summarizePairedDraws.js';
import { UsageError } from '../core/errors.js';
import { formatCompareUncertainty } from '../report/formatCompareUncertainty.js';
import { textOf } from '../report/textOf.js';
import { runPairedJob } from '../workers/runPairedJob.js';
import type { BatchPlan } from './batchPlan.js';
import { MAX_RUNS } from './batchPlan.js';
import { parseInteger } from './parseNumber.js';
import { progressBar } from './progressBar.js';

/** Runs K draws × N runs of A and of B; resolves to the exit code (130 when interrupted, after printing the draws that finished). */
export async function uncertainCompare(
  a: BatchPlan,
  b: BatchPlan,
  o: { draws: string; perDraw: string; format: string },
  write: (s: string) => void,
): Promise<number> {
  const draws = parseInteger('--draws', o.draws, 2, 100_000);
  const perDraw = parseInteger('--per-draw', o.perDraw, 1, MAX_RUNS);
  if (draws * perDraw > MAX_RUNS) throw new UsageError(`--draws × --per-draw is ${draws * perDraw}, over ${MAX_RUNS}`, 'lower one of them');
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  const bar = progressBar(process.stderr, 'compare');
  let result: Awaited<ReturnType<typeof runPairedJob>>;
  try {
    result = await runPairedJob(a.job, b.job, draws, perDraw, { workers: a.workers, onProgress: bar.update, signal: controller.signal });
  } finally {
    bar.clear();
    process.off('SIGINT', stop);
  }
  if (result.draws.length < 2) {
    process.stderr.write('interrupted before two parameter draws finished: nothing to report\n');
    return 130;
  }
  const withRuns = (p: BatchPlan) => ({ ...p.provenance, runs: result.draws.length * perDraw });
  const report = summarizePairedDraws(result.draws, {
    title: `Compare: ${textOf(a.kernel.ir.title)} (${a.kernel.ir.id})`,
    seed: a.job.seed,
    perDraw,
    a: withRuns(a),
    b: withRuns(b),
    outcomeIds: a.kernel.outcomeIds,
    parametersA: a.kernel.ir.parameters.map((p) => p.id),
    parametersB: b.kernel.ir.parameters.map((p) => p.id),
  });
  if (result.partial) report.partial = true;
  write(formatCompareUncertainty(report, o.format));
  return result.partial ? 130 : 0;
}
