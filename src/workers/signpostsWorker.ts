// Worker thread for the signposts overlay: compiles the scenario once, computes the signposts from each world asked, stops on cancel.
import { parentPort, workerData } from 'node:worker_threads';
import type { World } from '../engine/world.js';
import { type BatchJob, kernelFor } from './batchJob.js';
import { signpostsRunner } from './signpostsService.js';

const { job, runs, seed } = workerData as { job: BatchJob; runs: number; seed: number };
const runner = signpostsRunner(kernelFor(job), runs, seed, (state) => parentPort?.postMessage(state));
parentPort?.on('message', (msg: { world: World | null }) => {
  if (msg.world) runner.request(msg.world);
  else runner.cancel();
});
