// `statecraft compare`: two variants (what-ifs or scenario files) played on common random numbers, compared run by run.
import { independentInterval, pairedDifference } from '../analysis/pairedDifference.js';
import { UserError } from '../core/errors.js';
import { type CompareReport, formatCompare } from '../report/formatCompare.js';
import { textOf } from '../report/textOf.js';
import { createBatchPool, runBatchJob } from '../workers/runBatchJob.js';
import { type BatchOptions, batchPlan } from './batchPlan.js';
import { progressBar } from './progressBar.js';

export type CompareOptions = Omit<BatchOptions, 'shard' | 'shardCount'> & {
  bSet: string[];
  bForce: string[];
  bFrom?: string;
  bScenario?: string;
  format: string;
  uncertainty?: boolean;
  draws?: string;
  perDraw?: string;
};

/** Plays A (the scenario with --set/--force/--from) and B (A plus the --b-… changes) on the same runs. */
export async function compareCommand(scenarioArg: string | undefined, o: CompareOptions, write: (s: string) => void): Promise<number> {
  const a = batchPlan(scenarioArg, o);
  const bFrom = o.bFrom ?? o.from;
  const b = batchPlan(o.bScenario ?? scenarioArg, {
    ...o,
    set: [...o.set, ...o.bSet],
    force: [...o.force, ...o.bForce],
    ...(bFrom !== undefined ? { from: bFrom } : {}),
  });
  const ids = a.kernel.outcomeIds;
  if (JSON.stringify(ids) !== JSON.stringify(b.kernel.outcomeIds))
    throw new UserError(
      `the two scenarios have different outcomes (A: ${ids.join(', ')}; B: ${b.kernel.outcomeIds.join(', ')})`,
      'compare scenarios that share their outcome ids, in the same order',
    );
  if (o.uncertainty)
    return (await import('./uncertainCompare.js')).uncertainCompare(a, b, { draws: o.draws ?? '100', perDraw: o.perDraw ?? '500', format: o.format }, write);
  const bar = progressBar(process.stderr, 'compare');
  const pool = a.workers > 1 ? createBatchPool(a.workers) : undefined;
  const outA = new Uint8Array(a.runs);
  const outB = new Uint8Array(a.runs);
  try {
    const opts = { workers: a.workers, ...(pool ? { pool } : {}) };
    await runBatchJob(a.job, 0, a.runs, { ...opts, outcomes: outA, onProgress: (d) => bar.update(d, 2 * a.runs) });
    await runBatchJob(b.job, 0, a.runs, { ...opts, outcomes: outB, onProgress: (d) => bar.update(a.runs + d, 2 * a.runs) });
  } finally {
    bar.clear();
    await pool?.destroy();
  }
  const paired = pairedDifference(outA, outB, ids.length);
  const report: CompareReport = {
    title: `Compare: ${textOf(a.kernel.ir.title)} (${a.kernel.ir.id})`,
    runs: a.runs,
    seed: a.job.seed,
    a: a.provenance,
    b: b.provenance,
    outcomes: Object.fromEntries(
      ids.map((id, i) => {
        const p = paired[i] as (typeof paired)[number];
        return [id, { ...p, independentCi95: independentInterval(a.runs, Math.round(p.pA * a.runs), Math.round(p.pB * a.runs)) }];
      }),
    ),
  };
  write(formatCompare(report, o.format));
  return 0;
}
