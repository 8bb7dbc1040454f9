// A nested batch's draws keep only outcome counts: the lean run loop must count exactly what the full one counts.
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/analysis/runBatch.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { shippedStepper } from '../helpers.js';

describe('runBatch with counts only', () => {
  it('should give the same outcome and problem counts as the full tallies, on the same runs', () => {
    const kernel = createKernel(shippedStepper('iraq-coalition').ir);
    const spec = { seed: 7, start: null, forces: [] };
    const full = runBatch(kernel, spec, 1000, 3000);
    const lean = runBatch(kernel, spec, 1000, 3000, undefined, undefined, true);
    expect(lean.outcomeCounts).toEqual(full.outcomeCounts);
    expect(lean.problemCount).toEqual(full.problemCount);
    expect(lean.runs).toBe(2000);
    expect(Object.values(full.sequences[0] ?? {}).length, 'the full batch tallies sequences').toBeGreaterThan(0);
    expect(
      lean.sequences.every((s) => Object.keys(s).length === 0),
      'the lean one leaves them out',
    ).toBe(true);
  });
});
