// Runs a comparison under uncertainty over a pool of worker threads, a range of draws per task; the result is the same for any worker count.
import { Piscina } from 'piscina';
import type { SlottedKernel } from '../analysis/runNestedBatch.js';
import { type PairedDraw, runPairedDraws } from '../analysis/runPairedDraws.js';
import { createKernel } from '../engine/kernel/createKernel.js';
import { withParameterSlots } from '../engine/withParameterSlots.js';
import { type BatchJob, specFor } from './batchJob.js';
import { slottedKernelFor } from './nestedJob.js';
import type { RunOptions } from './runBatchJob.js';
import { runOnPool } from './runOnPool.js';
import { workerScript } from './workerScript.js';

/** A range of draws of a comparison: both variants as jobs. */
export type PairedTask = { readonly a: BatchJob; readonly b: BatchJob; readonly perDraw: number; readonly from: number; readonly to: number };

/** The slotted kernels of A and B; two separate ones even when both jobs compile to the same kernel, so their slots never clash. */
export function pairedSides(a: BatchJob, b: BatchJob): [SlottedKernel, SlottedKernel] {
  const sa = slottedKernelFor(a);
  let sb = slottedKernelFor(b);
  if (sb === sa) {
    const { ir, slots } = withParameterSlots(sa.kernel.ir);
    sb = { kernel: createKernel(ir), slots };
  }
  return [sa, sb];
}

/** Runs `draws` parameter draws of `perDraw` runs each of A and B; `partial` is true when it stopped early. */
export async function runPairedJob(
  a: BatchJob,
  b: BatchJob,
  draws: number,
  perDraw: number,
  o: Omit<RunOptions, 'pool' | 'outcomes'>,
): Promise<{ draws: PairedDraw[]; partial: boolean }> {
  const chunk = Math.max(1, Math.min(Math.ceil(10_000 / perDraw), Math.ceil(draws / Math.max(1, o.workers * 8))));
  const ranges: [number, number][] = [];
  for (let x = 0; x < draws; x += chunk) ranges.push([x, Math.min(draws, x + chunk)]);
  const got: PairedDraw[] = [];
  const add = (part: PairedDraw[]) => {
    got.push(...part);
    o.onProgress?.(got.length * perDraw * 2, draws * perDraw * 2);
  };
  if (o.workers <= 1 || ranges.length <= 1) {
    const [sa, sb] = pairedSides(a, b);
    const sideA = { slotted: sa, spec: specFor(sa.kernel, a) };
    const sideB = { slotted: sb, spec: specFor(sb.kernel, b) };
    for (const [x, y] of ranges) {
      if (o.signal?.aborted) break;
      add(runPairedDraws(sideA, sideB, perDraw, x, y));
      await new Promise((r) => setImmediate(r));
    }
  } else {
    const pool = createPairedPool(Math.min(o.workers, ranges.length));
    try {
      let next = 0;
      const worker = async () => {
        while (next < ranges.length && !o.signal?.aborted) {
          const [x, y] = ranges[next++] as [number, number];
          add(await runOnPool(pool, { a, b, perDraw, from: x, to: y } satisfies PairedTask));
        }
      };
      await Promise.all(Array.from({ length: Math.min(o.workers, ranges.length) }, worker));
    } finally {
      await pool.destroy();
    }
  }
  // Keep only the draws from 0 without a gap, so a stopped run reports a prefix of the draws, the same for any worker count.
  got.sort((x, y) => x.k - y.k);
  const prefix = got.filter((d, i) => d.k === i);
  return { draws: prefix, partial: prefix.length < draws };
}

/** A pool running the paired worker (the TypeScript one through tsx when running from source). */
function createPairedPool(threads: number): Piscina {
  return new Piscina({ ...workerScript('pairedWorker'), minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
}
