import { describe, expect, it } from 'vitest';
import { cumulativeIncidence } from '../../src/analysis/cumulativeIncidence.js';
import { runBatch } from '../../src/analysis/runBatch.js';
import { summarizeBatch } from '../../src/analysis/summarizeBatch.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { stepperFromText, tiny } from '../helpers.js';

describe('cumulativeIncidence', () => {
  it('should give P(decided by month m) = 1 - 0.5^(m+1) for an outcome that locks in with chance 1/2 a month', () => {
    const text = tiny({
      clock: { start: '2025-01', end: '2025-04' },
      triggers: { t: { kind: 'exogenous', label: 'T', chance: 0.5, transitions: [{ actor: 'a', to: 's2' }] } },
      outcomes: { done: { label: 'Done', rule: 'actors.a == "s2"', priority: 1, lock: true } },
    });
    const kernel = createKernel(stepperFromText(text).ir);
    const report = summarizeBatch(kernel, runBatch(kernel, { seed: 2, start: null, forces: [] }, 0, 20_000), { seed: 2, startMonth: 0, forces: [] });
    const c = cumulativeIncidence(report, ['2025-01', '2025-02', '2025-03', '2025-04']);
    c.forEach((row, m) => {
      const done = row.outcomes.done;
      const exact = 1 - 0.5 ** (m + 1);
      expect(done?.ci95[0], row.date).toBeLessThan(exact);
      expect(done?.ci95[1], row.date).toBeGreaterThan(exact);
    });
    expect(c[3]?.outcomes.done?.p).toBe(report.outcomes.done?.p);
  });
});
