// A batch as plain data that can cross to a worker thread: the scenario text, what-ifs, seed and run range.

import { banTriggers } from '../analysis/banTriggers.js';
import type { BatchSpec } from '../analysis/runBatch.js';
import { compileScenario } from '../engine/compileScenario.js';
import type { IR } from '../engine/ir.js';
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

/**
 * How many kernels (and scenarios read) a thread keeps. `drivers` plays one variant per trigger: kept all, a scenario of
 * thousands of triggers filled the heap; each variant is played whole before the next, so a few suffice.
 */
export const KERNELS_KEPT = 8;

const kernels = new Map<string, Kernel>();
const irs = new Map<string, IR>();
const scenarioKey = (job: BatchJob) => `${job.scenarioFile}\n${job.sets.join('\n')}\n${job.scenarioText}`;
const keyOf = (job: BatchJob) => `${(job.bans ?? []).join(',')}\n${scenarioKey(job)}`;

/** `map.get(key)`, made the most recently used; or `make()`, kept, forgetting the least recently used beyond KERNELS_KEPT. */
function recent<T>(map: Map<string, T>, key: string, make: () => T): T {
  const hit = map.get(key);
  map.delete(key);
  const value = hit ?? make();
  map.set(key, value);
  for (const old of map.keys()) {
    if (map.size <= KERNELS_KEPT) break;
    map.delete(old);
  }
  return value;
}

/** Records a kernel already compiled for this job, so this thread does not compile it again. */
export function rememberKernel(job: BatchJob, kernel: Kernel): void {
  recent(kernels, keyOf(job), () => kernel);
}

/** The kernel of a job's scenario, compiled once per thread for the last few jobs (the scenario read once for all its bans). */
export function kernelFor(job: BatchJob): Kernel {
  return recent(kernels, keyOf(job), () => {
    const ir = recent(irs, scenarioKey(job), () => compileScenario(applyOverrides(readScenario(job.scenarioFile, job.scenarioText), job.sets)));
    return createKernel(banTriggers(ir, job.bans ?? []));
  });
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
