// Runs a nested batch over a pool of worker threads, a range of draws per task; the result is the same for any worker count.
import { Piscina } from 'piscina';
import { mergeNested, type NestedAggregate, runNestedBatch } from '../analysis/runNestedBatch.js';
import type { BatchJob } from './batchJob.js';
import { specFor } from './batchJob.js';
import { slottedKernelFor } from './nestedJob.js';
import type { RunOptions } from './runBatchJob.js';
import { runOnPool } from './runOnPool.js';
import { workerScript } from './workerScript.js';

/** Runs `draws` parameter draws (or only `o.range` of them, for a shard) of `perDraw` runs each; `partial` is true when it stopped early. */
export async function runNestedJob(
  job: BatchJob,
  draws: number,
  perDraw: number,
  o: Omit<RunOptions, 'pool'> & { readonly range?: readonly [number, number] },
): Promise<{ nested: NestedAggregate; partial: boolean; done: number }> {
  const [first, last] = o.range ?? [0, draws];
  const slotted = slottedKernelFor(job);
  const spec = specFor(slotted.kernel, job);
  const chunk = Math.max(1, Math.min(Math.ceil(20_000 / perDraw), Math.ceil((last - first) / Math.max(1, o.workers * 8))));
  const ranges: [number, number][] = [];
  for (let a = first; a < last; a += chunk) ranges.push([a, Math.min(last, a + chunk)]);
  let nested = runNestedBatch(slotted, spec, perDraw, 0, 0);
  let done = 0;
  const add = (part: NestedAggregate) => {
    nested = mergeNested(nested, part);
    done += part.draws.length * perDraw;
    o.onProgress?.(done, (last - first) * perDraw);
  };
  if (o.workers <= 1 || ranges.length <= 1) {
    for (const [a, b] of ranges) {
      if (o.signal?.aborted) break;
      add(runNestedBatch(slotted, spec, perDraw, a, b, undefined, false));
      await new Promise((r) => setImmediate(r));
    }
  } else {
    const pool = createNestedPool(o.workers);
    try {
      let next = 0;
      const worker = async () => {
        while (next < ranges.length && !o.signal?.aborted) {
          const [a, b] = ranges[next++] as [number, number];
          try {
            // The signal ends a running chunk too (piscina stops its thread), not only the next one.
            add(await runOnPool(pool, { job, perDraw, from: a, to: b }, o.signal ? { signal: o.signal } : {}));
          } catch (e) {
            if (o.signal?.aborted) return;
            throw e;
          }
        }
      };
      await Promise.all(Array.from({ length: o.workers }, worker));
    } finally {
      await pool.destroy();
    }
  }
  return { nested, partial: done < (last - first) * perDraw, done };
}

/** A pool running the nested worker (the TypeScript one through tsx when running from source). */
function createNestedPool(threads: number): Piscina {
  return new Piscina({
    ...workerScript('nestedWorker'),
    // No floor: a thread stopped by an interrupt is not replaced, so the pool closes at once.
    minThreads: 0,
    maxThreads: threads,
    idleTimeout: 1000,
  });
}
