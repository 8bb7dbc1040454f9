// A batch as plain data that can cross to a worker thread: the scenario text, what-ifs, seed and run range.

import { banTriggers } from '../analysis/banTriggers.js';
import type { BatchSpec } from '../analysis/runBatch.js';
import { compileScenario } from '../engine/compileScenario.js';
import { createKernel, type Kernel } from '../engine/kernel/createKernel.js';
import type { World } from '../engine/world.js';
import { applyOverrides } from '../scenario/applyOverrides.js';
import { readScenario } from '../scenario/readScenario.js';

/** Everything a worker needs to run part of a batch. */
export type BatchJob = {
  readonly scenarioFile: string;
  readonly scenarioText: string;
  readonly sets: readonly string[];
  readonly forces: readonly { readonly trigger: string; readonly month: number }[];
  readonly seed: number;
  /** A session's world to start from, or null for the scenario's start. */
  readonly start: World | null;
  /** Interventions: triggers that never fire, and triggers fired at their first chance. */
  readonly bans?: readonly string[];
  readonly firstChance?: readonly string[];
};

const cache = new Map<string, Kernel>();
const keyOf = (job: BatchJob) => `${job.scenarioFile}\n${job.sets.join('\n')}\n${(job.bans ?? []).join(',')}\n${job.scenarioText}`;

/** Records a kernel already compiled for this job, so this thread does not compile it again. */
export function rememberKernel(job: BatchJob, kernel: Kernel): void {
  cache.set(keyOf(job), kernel);
}

/** The kernel of a job's scenario, compiled once per thread. */
export function kernelFor(job: BatchJob): Kernel {
  const key = keyOf(job);
  let kernel = cache.get(key);
  if (!kernel) {
    kernel = createKernel(banTriggers(compileScenario(applyOverrides(readScenario(job.scenarioFile, job.scenarioText), job.sets)), job.bans ?? []));
    cache.set(key, kernel);
  }
  return kernel;
}

/** The batch spec of a job for its kernel. */
export function specFor(kernel: Kernel, job: BatchJob): BatchSpec {
  return {
    seed: job.seed,
    start: job.start,
    forces: job.forces.map((f) => ({ trigger: kernel.triggerIds.indexOf(f.trigger), month: f.month })),
    firstChance: (job.firstChance ?? []).map((t) => kernel.triggerIds.indexOf(t)),
  };
}
