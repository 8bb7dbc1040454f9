// Runs a batch over a pool of worker threads in chunks, merging as chunks finish; stops early on abort.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { type BatchAggregate, mergeAggregates } from '../analysis/batchAggregate.js';
import { runBatch } from '../analysis/runBatch.js';
import { type BatchJob, kernelFor, specFor } from './batchJob.js';

/** Options for running a batch. */
export type RunOptions = {
  readonly workers: number;
  readonly onProgress?: (done: number, total: number) => void;
  readonly signal?: AbortSignal;
  /** A pool to reuse across batches (sensitivity, sweeps); one is made and closed per call otherwise. */
  readonly pool?: Piscina;
  /** Receives each run's outcome index at `run - from` (for paired comparisons); length `to - from`. */
  readonly outcomes?: Uint8Array;
};

/** Batches up to this many runs play on this thread. */
export const INLINE_RUNS = 10_000;

/** Runs `from`..`to`; `partial` is true when it stopped early. Results do not depend on the worker count. */
export async function runBatchJob(
  job: BatchJob,
  from: number,
  to: number,
  o: RunOptions,
): Promise<{ aggregate: BatchAggregate; partial: boolean; done: number }> {
  const total = to - from;
  const chunk = Math.max(500, Math.min(20_000, Math.ceil(total / Math.max(1, o.workers * 8))));
  const ranges: [number, number][] = [];
  for (let a = from; a < to; a += chunk) ranges.push([a, Math.min(to, a + chunk)]);
  const kernel = kernelFor(job);
  let aggregate = runBatch(kernel, specFor(kernel, job), from, from);
  let done = 0;
  const add = (part: BatchAggregate) => {
    aggregate = mergeAggregates(aggregate, part);
    done += part.runs;
    o.onProgress?.(done, total);
  };
  // Up to INLINE_RUNS runs take about 0.1 s here: less than compiling the scenario in every worker thread.
  if (o.workers <= 1 || total <= Math.max(chunk, INLINE_RUNS)) {
    for (const [a, b] of ranges) {
      if (o.signal?.aborted) break;
      add(runBatch(kernel, specFor(kernel, job), a, b, undefined, o.outcomes?.subarray(a - from, b - from)));
      await new Promise((r) => setImmediate(r));
    }
    return { aggregate, partial: done < total, done };
  }
  const pool = o.pool ?? createBatchPool(o.workers);
  try {
    let next = 0;
    const worker = async () => {
      while (next < ranges.length && !o.signal?.aborted) {
        const [a, b] = ranges[next++] as [number, number];
        try {
          if (!o.outcomes) add(await pool.run({ job, from: a, to: b }));
          else {
            const part: { aggregate: BatchAggregate; outcomes: Uint8Array } = await pool.run({ job, from: a, to: b, outcomes: true });
            o.outcomes.set(part.outcomes, a - from);
            add(part.aggregate);
          }
        } catch (e) {
          if (o.signal?.aborted) return;
          throw new Error(
            `a worker failed on runs ${a}–${b - 1} (seed ${job.seed}; reproduce with --seed ${job.seed} --runs ${b}): ${e instanceof Error ? e.message : e}`,
            { cause: e },
          );
        }
      }
    };
    await Promise.all(Array.from({ length: o.workers }, worker));
  } finally {
    if (!o.pool) await pool.destroy();
  }
  return { aggregate, partial: done < total, done };
}

/** A pool of `threads` workers running the built worker, or the TypeScript one through tsx when running from source. */
export function createBatchPool(threads: number): Piscina {
  const js = fileURLToPath(new URL('./batchWorker.js', import.meta.url));
  const fromSource = !existsSync(js);
  return new Piscina({
    filename: fromSource ? fileURLToPath(new URL('./batchWorker.ts', import.meta.url)) : js,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 1000,
    // Built workers need no loader: do not inherit one (tsx, in benches and tests) from this process.
    execArgv: fromSource ? ['--import', 'tsx'] : [],
  });
}
