import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { describe, expect, it } from 'vitest';
import { INLINE_RUNS, runBatchJob } from '../../src/workers/runBatchJob.js';

const file = 'scenarios/iraq-coalition.yaml';
const job = { scenarioFile: file, scenarioText: readFileSync(file, 'utf8'), sets: [], forces: [], seed: 3, start: null };

describe('runBatchJob', () => {
  it('should give the same aggregate and run-by-run outcomes in worker threads as in this thread', async () => {
    const runs = INLINE_RUNS + 2000;
    const a = new Uint8Array(runs);
    const b = new Uint8Array(runs);
    const inline = await runBatchJob(job, 0, runs, { workers: 1, outcomes: a });
    const pooled = await runBatchJob(job, 0, runs, { workers: 2, outcomes: b });
    expect(pooled.aggregate).toEqual(inline.aggregate);
    expect(pooled).toMatchObject({ partial: false, done: runs });
    expect(b).toEqual(a);
    expect(a.filter((o) => o === 0).length).toBe(inline.aggregate.outcomeCounts[0]);
  });

  it('should fail the whole batch, naming the runs and the seed, when a worker fails', async () => {
    const pool = new Piscina({ filename: fileURLToPath(new URL('../fixtures/workers/crashingWorker.mjs', import.meta.url)), minThreads: 2, maxThreads: 2 });
    try {
      await expect(runBatchJob(job, 0, INLINE_RUNS + 2000, { workers: 2, pool })).rejects.toThrow(
        /a worker failed on runs \d+–\d+ \(seed 3; reproduce with --seed 3 --runs \d+\)/,
      );
    } finally {
      await pool.destroy();
    }
  });

  it('should fail, not wait forever, when a worker thread cannot start', async () => {
    const filename = fileURLToPath(new URL('../fixtures/workers/crashingWorker.mjs', import.meta.url));
    const pool = new Piscina({ filename, execArgv: ['--import', 'statecraft-no-such-package'], minThreads: 0, maxThreads: 2 });
    try {
      await expect(runBatchJob(job, 0, INLINE_RUNS + 2000, { workers: 2, pool })).rejects.toThrow(
        /a worker thread could not start: .*statecraft-no-such-package/,
      );
    } finally {
      await pool.destroy();
    }
  });

  it('should stop early and say so when aborted', async () => {
    const controller = new AbortController();
    const run = runBatchJob(job, 0, 2_000_000, { workers: 1, signal: controller.signal, onProgress: () => controller.abort() });
    const result = await run;
    expect(result.partial).toBe(true);
    expect(result.done).toBeGreaterThan(0);
    expect(result.aggregate.runs).toBe(result.done);
  });
});
