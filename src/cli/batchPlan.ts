// Reads the batch options into a plan: the job for the workers, the run range and the report's metadata.

import { availableParallelism } from 'node:os';
import { UsageError } from '../core/errors.js';
import { formatMonth, parseMonth } from '../core/month.js';
import { didYouMean } from '../core/suggest.js';
import { compileScenario } from '../engine/compileScenario.js';
import { createStepper } from '../engine/createStepper.js';
import { createKernel, type Kernel } from '../engine/kernel/createKernel.js';
import type { Provenance } from '../report/provenance.js';
import { readSessionFile } from '../report/sessionStore.js';
import { applyOverrides } from '../scenario/applyOverrides.js';
import { loadScenario } from '../scenario/loadScenario.js';
import { type BatchJob, rememberKernel } from '../workers/batchJob.js';
import { parseInteger } from './parseNumber.js';
import { provenanceOf } from './provenanceOf.js';
import { shardFromEnv } from './shardFromEnv.js';

export type BatchOptions = {
  runs: string;
  seed: string;
  from?: string;
  force: string[];
  set: string[];
  workers?: string;
  shard?: string;
  shardCount?: string;
};

/** A batch ready to run. */
export type BatchPlan = {
  job: BatchJob;
  kernel: Kernel;
  runs: number;
  first: number;
  last: number;
  workers: number;
  shard: { k: number; n: number } | null;
  provenance: Provenance;
};

/** The most runs one batch may ask for. */
export const MAX_RUNS = 100_000_000;

/** Validates options (exit 2 on bad ones) and prepares the job. */
export function batchPlan(scenarioArg: string | undefined, o: BatchOptions): BatchPlan {
  const runs = parseInteger('--runs', o.runs, 1, MAX_RUNS);
  const seed = parseInteger('--seed', o.seed, 0, 2 ** 31 - 1);
  const workers = o.workers === undefined ? availableParallelism() : parseInteger('--workers', o.workers, 1, 256);
  const checked = loadScenario(scenarioArg);
  const ir = compileScenario(applyOverrides(checked, o.set));
  const kernel = createKernel(ir);
  const start = o.from ? readSessionFile(o.from, createStepper(compileScenario(checked))).cursor.world : null;
  const startMonth = start?.month ?? 0;
  if (start?.ended)
    throw new UsageError(`the session in ${o.from} has already ended (outcome: ${start.outcome ?? 'undecided'})`, 'undo or branch in the session first');
  const forces = o.force.map((f) => {
    const [trigger, date, extra] = f.split('@');
    if (!trigger || !date || extra !== undefined) throw new UsageError(`--force "${f}": write TRIGGER@YYYY-MM`, 'e.g. --force isis_resurgence@2026-01');
    if (!ir.triggerById.has(trigger))
      throw new UsageError(`--force "${f}": unknown trigger "${trigger}"`, didYouMean(trigger, [...ir.triggerById.keys()], 'trigger'));
    const abs = parseMonth(date);
    if (abs === null) throw new UsageError(`--force "${f}": "${date}" is not a month`, 'write YYYY-MM, e.g. 2026-01');
    const month = abs - ir.start;
    if (month < startMonth || month > ir.months) {
      throw new UsageError(
        `--force "${f}": ${date} is outside the clock`,
        `pick a month from ${formatMonth(ir.start + startMonth)} to ${formatMonth(ir.start + ir.months)}`,
      );
    }
    return { trigger, month };
  });
  let shard: BatchPlan['shard'] = null;
  let first = 0;
  let last = runs;
  if (o.shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(o.shard);
    const auto = o.shard === 'auto' ? shardFromEnv(process.env, o.shardCount) : null;
    const k = auto ? auto.k : Number(m?.[1]);
    const n = auto ? auto.n : Number(m?.[2]);
    if ((!m && !auto) || n < 1 || k < 1 || k > n || n > runs)
      throw new UsageError(
        `--shard "${o.shard}"${auto ? ` (part ${k} of ${n}, from the ${auto.from})` : ''}: write K/N with 1 ≤ K ≤ N ≤ runs, or auto`,
        'e.g. --shard 1/4 … --shard 4/4, then statecraft merge',
      );
    shard = { k, n };
    first = Math.floor((runs * (k - 1)) / n);
    last = Math.floor((runs * k) / n);
  }
  const file = checked.source.file;
  const job: BatchJob = { scenarioFile: file, scenarioText: checked.source.text, sets: o.set, forces, seed, start };
  rememberKernel(job, kernel);
  const provenance = provenanceOf({ scenario: { id: ir.id, fingerprint: checked.fingerprint }, seed, runs, sets: o.set, forces: o.force, from: o.from });
  return { job, kernel, runs, first, last, workers, shard, provenance };
}
