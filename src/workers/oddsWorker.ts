// Worker thread for live odds: compiles the scenario once, answers each world with its odds, and computes drivers on request.
import { parentPort, workerData } from 'node:worker_threads';
import { liveOdds } from '../analysis/liveOdds.js';
import type { World } from '../engine/world.js';
import { type BatchJob, kernelFor } from './batchJob.js';
import { driversRunner } from './driversRunner.js';

const { job, runs, seed } = workerData as { job: BatchJob; runs: number; seed: number };
const kernel = kernelFor(job);
const drivers = driversRunner(
  (bans) => kernelFor({ ...job, bans }),
  runs,
  seed,
  (state) => parentPort?.postMessage({ drivers: state }),
);
parentPort?.on('message', (msg: { id: number; world: World } | { drivers: World | null }) => {
  if ('drivers' in msg) {
    if (msg.drivers) drivers.request(msg.drivers);
    else drivers.cancel();
    return;
  }
  try {
    parentPort?.postMessage({ id: msg.id, odds: liveOdds(kernel, msg.world, runs, seed) });
  } catch (e) {
    parentPort?.postMessage({ id: msg.id, error: e instanceof Error ? e.message : String(e) });
  }
});
