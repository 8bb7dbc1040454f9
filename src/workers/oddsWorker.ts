// Worker thread for live odds: compiles the scenario once, then answers each world with its odds.
import { parentPort, workerData } from 'node:worker_threads';
import { liveOdds } from '../analysis/liveOdds.js';
import type { World } from '../engine/world.js';
import { type BatchJob, kernelFor } from './batchJob.js';

const { job, runs, seed } = workerData as { job: BatchJob; runs: number; seed: number };
const kernel = kernelFor(job);
parentPort?.on('message', (msg: { id: number; world: World }) => {
  try {
    parentPort?.postMessage({ id: msg.id, odds: liveOdds(kernel, msg.world, runs, seed) });
  } catch (e) {
    parentPort?.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});
