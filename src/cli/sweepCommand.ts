// `statecraft sweep`: a batch at every point of a grid of assumptions, as CSV or JSON.
import { summarizeBatch } from '../analysis/summarizeBatch.js';
import { UsageError } from '../core/errors.js';
import { provenanceColumns } from '../report/provenance.js';
import { kernelFor } from '../workers/batchJob.js';
import { createBatchPool, runBatchJob } from '../workers/runBatchJob.js';
import { batchPlan } from './batchPlan.js';
import { progressBar } from './progressBar.js';

export type SweepOptions = { grid: string; runs: string; seed: string; workers?: string; format: string; set: string[] };

type Axis = { path: string; values: number[] };

/** Parses `path=from:to:count,…` into axes. */
export function parseGrid(text: string): Axis[] {
  const axes = text.split(',').map((part, i) => {
    const m = /^\s*([\w.]+)\s*=\s*(-?[\d.]+):(-?[\d.]+):(\d+)\s*$/.exec(part);
    const where = `--grid item ${i + 1} ("${part.trim()}")`;
    if (!m)
      throw new UsageError(
        `${where}: write PATH=FROM:TO:COUNT`,
        'e.g. --grid "triggers.isis_resurgence.chance=0.02:0.2:5,indicators.security_need.initial=40:80:3"',
      );
    const [from, to, count] = [Number(m[2]), Number(m[3]), Number(m[4])];
    if (!Number.isFinite(from) || !Number.isFinite(to) || count < 1 || count > 100)
      throw new UsageError(`${where}: FROM and TO must be numbers and COUNT from 1 to 100`, 'e.g. 0.02:0.2:5');
    const values = Array.from({ length: count }, (_, j) => (count === 1 ? from : Math.round((from + ((to - from) * j) / (count - 1)) * 1e6) / 1e6));
    return { path: m[1] as string, values };
  });
  const points = axes.reduce((n, a) => n * a.values.length, 1);
  if (points > 10_000) throw new UsageError(`--grid has ${points} points; the limit is 10,000`, 'use fewer values per axis');
  return axes;
}

/** Runs every grid point with the same seed. */
export async function sweepCommand(scenarioArg: string | undefined, o: SweepOptions, write: (s: string) => void): Promise<number> {
  const axes = parseGrid(o.grid);
  const points: number[][] = axes.reduce<number[][]>((acc, axis) => acc.flatMap((p) => axis.values.map((v) => [...p, v])), [[]]);
  const plan = batchPlan(scenarioArg, {
    runs: o.runs,
    seed: o.seed,
    force: [],
    set: [...o.set, ...axes.map((a) => `${a.path}=${a.values[0]}`)],
    ...(o.workers ? { workers: o.workers } : {}),
  });
  const bar = progressBar(process.stderr, 'sweep');
  const rows: { point: Record<string, number>; outcomes: Record<string, { p: number; ci95: [number, number] }> }[] = [];
  const pool = createBatchPool(plan.workers);
  try {
    for (const [n, point] of points.entries()) {
      const job = { ...plan.job, sets: [...o.set, ...axes.map((a, i) => `${a.path}=${point[i]}`)] };
      const { aggregate } = await runBatchJob(job, 0, plan.runs, {
        workers: plan.workers,
        pool,
        onProgress: (d) => bar.update(n * plan.runs + d, points.length * plan.runs),
      });
      const report = summarizeBatch(kernelFor(job), aggregate, { seed: plan.job.seed, startMonth: plan.job.start?.month ?? 0, forces: [] });
      rows.push({
        point: Object.fromEntries(axes.map((a, i) => [a.path, point[i] as number])),
        outcomes: Object.fromEntries(Object.entries(report.outcomes).map(([id, x]) => [id, { p: x.p, ci95: x.ci95 }])),
      });
    }
  } finally {
    bar.clear();
    await pool.destroy();
  }
  // The grid's own --set options vary by point: the provenance names only the options common to every point.
  const provenance = { ...plan.provenance, sets: o.set };
  if (o.format === 'json') {
    write(`${JSON.stringify({ scenario: plan.kernel.ir.id, runs: plan.runs, seed: plan.job.seed, provenance, axes, points: rows }, null, 2)}\n`);
    return 0;
  }
  const ids = plan.kernel.outcomeIds;
  const prov = provenanceColumns(provenance);
  const lines = [[...axes.map((a) => a.path), ...ids.flatMap((id) => [`${id}_p`, `${id}_lo`, `${id}_hi`]), prov.header].join(',')];
  for (const r of rows)
    lines.push(
      [...axes.map((a) => r.point[a.path]), ...ids.flatMap((id) => [r.outcomes[id]?.p, r.outcomes[id]?.ci95[0], r.outcomes[id]?.ci95[1]]), prov.cells].join(
        ',',
      ),
    );
  write(`${lines.join('\n')}\n`);
  return 0;
}
