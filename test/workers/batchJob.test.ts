import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KERNELS_KEPT, kernelFor } from '../../src/workers/batchJob.js';

const file = 'scenarios/iraq-coalition.yaml';
const job = { scenarioFile: file, scenarioText: readFileSync(file, 'utf8'), sets: [], forces: [], seed: 1, start: null };

describe('kernelFor', () => {
  it('should compile a job once, and keep only the last few kernels however many variants drivers plays', () => {
    const base = kernelFor(job);
    expect(kernelFor({ ...job }), 'the same job: the same kernel').toBe(base);
    const triggers = base.triggerIds;
    const variants = triggers.slice(0, KERNELS_KEPT + 2).map((t) => ({ ...job, bans: [t] }));
    const first = kernelFor(variants[0] as (typeof variants)[number]);
    expect(first.ir.triggerById.get(triggers[0] as string)).toBeDefined();
    for (const v of variants) kernelFor(v);
    const last = variants.at(-1) as (typeof variants)[number];
    expect(kernelFor(last), 'the latest variant is kept').toBe(kernelFor(last));
    expect(kernelFor(variants[0] as (typeof variants)[number]), 'the oldest was let go, and is compiled again').not.toBe(first);
  });
});
