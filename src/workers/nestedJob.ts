// The slotted kernel of a batch job, compiled once per thread, for the nested (uncertainty) loop.
import type { SlottedKernel } from '../analysis/runNestedBatch.js';
import { createKernel, type Kernel } from '../engine/kernel/createKernel.js';
import { withParameterSlots } from '../engine/withParameterSlots.js';
import { type BatchJob, kernelFor } from './batchJob.js';

const cache = new WeakMap<Kernel, SlottedKernel>();

/** The kernel of a job whose uncertain parameters are read from slots. */
export function slottedKernelFor(job: BatchJob): SlottedKernel {
  const base = kernelFor(job);
  let slotted = cache.get(base);
  if (!slotted) {
    const { ir, slots } = withParameterSlots(base.ir);
    slotted = { kernel: createKernel(ir), slots };
    cache.set(base, slotted);
  }
  return slotted;
}

/** A range of draws of a nested batch. */
export type NestedTask = { readonly job: BatchJob; readonly perDraw: number; readonly from: number; readonly to: number };
