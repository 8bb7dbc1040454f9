// Runs a batch over a pool of worker threads in chunks, merging as chunks finish; stops early on abort.
import { Piscina } from 'piscina';
import { type BatchAggregate, mergeAggregates } from '../analysis/batchAggregate.js';
import { runBatch } from '../analysis/runBatch.js';
import { type BatchJob, kernelFor, specFor } from './batchJob.js';
import { runOnPool } from './runOnPool.js';
import { workerScript } from './workerScript.js';

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
  const kernel = kernelFor(job);
  // Work in trigger-months: smaller chunks on long, wide scenarios, and the main thread only for small jobs, so an
  // interrupt ends a running chunk (its worker thread is stopped) within a fraction of a second. Chunks stay large
  // enough (10 million trigger-months) that merging them on the main thread leaves both cores to the workers.
  const perRun = (kernel.ir.months + 1) * (kernel.ir.triggers.length + kernel.ir.actors.length + 1);
  const maxChunk = Math.max(1, Math.min(20_000, Math.floor(10_000_000 / perRun)));
  const chunk = Math.max(Math.min(500, maxChunk), Math.min(maxChunk, Math.ceil(total / Math.max(1, o.workers * 8))));
  // Inline, a signal is seen between chunks only: fine while one run is short, not on a scenario whose single run takes seconds.
  const inline = (o.workers <= 1 || total <= chunk) && perRun <= 200_000;
  const ranges: [number, number][] = [];
  for (let a = from; a < to; a += chunk) ranges.push([a, Math.min(to, a + chunk)]);
  let aggregate = runBatch(kernel, specFor(kernel, job), from, from);
  let done = 0;
  const add = (part: BatchAggregate) => {
    aggregate = mergeAggregates(aggregate, part);
    done += part.runs;
    o.onProgress?.(done, total);
  };
  // Up to INLINE_RUNS short runs take about 0.1 s here: less than compiling the scenario in every worker thread.
  if (inline || (total <= INLINE_RUNS && perRun <= 200_000)) {
    for (const [a, b] of ranges) {
      if (o.signal?.aborted) break;
      add(runBatch(kernel, specFor(kernel, job), a, b, undefined, o.outcomes?.subarray(a - from, b - from)));
      await new Promise((r) => setImmediate(r));
    }
    return { aggregate, partial: done < total, done };
  }
  const pool = o.pool ?? createBatchPool(Math.min(o.workers, ranges.length));
  try {
    let next = 0;
    const worker = async () => {
      while (next < ranges.length && !o.signal?.aborted) {
        const [a, b] = ranges[next++] as [number, number];
        try {
          // The signal ends a running chunk too (piscina stops its thread), not only the next one.
          const options = o.signal ? { signal: o.signal } : {};
          if (!o.outcomes) add(await runOnPool<BatchAggregate>(pool, { job, from: a, to: b }, options));
          else {
            const part = await runOnPool<{ aggregate: BatchAggregate; outcomes: Uint8Array }>(pool, { job, from: a, to: b, outcomes: true }, options);
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
    await Promise.all(Array.from({ length: Math.min(o.workers, ranges.length) }, worker));
  } finally {
    if (!o.pool) await pool.destroy();
  }
  return { aggregate, partial: done < total, done };
}

/**
 * A pool of `threads` workers running the built worker, or the TypeScript one through tsx when running from source.
 * `keepWarm` keeps its threads between batches however long it idles (a bench timing a warm pool); commands leave it off.
 */
export function createBatchPool(threads: number, keepWarm = false): Piscina {
  return new Piscina({
    ...workerScript('batchWorker'),
    // No floor for commands: a thread stopped by an interrupt is not replaced, so the pool closes at once.
    minThreads: keepWarm ? threads : 0,
    maxThreads: threads,
    idleTimeout: 1000,
  });
}
