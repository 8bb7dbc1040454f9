import { readFileSync } from 'node:fs';
import jstat from 'jstat';
import { describe, expect, it } from 'vitest';
import { accumulateAggregate } from '../../src/analysis/accumulateAggregate.js';
import { mergeAggregates } from '../../src/analysis/batchAggregate.js';
import { runBatch } from '../../src/analysis/runBatch.js';
import { runNestedBatch } from '../../src/analysis/runNestedBatch.js';
import { summarizeNested } from '../../src/analysis/summarizeNested.js';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { withParameterSlots } from '../../src/engine/withParameterSlots.js';
import { readScenario } from '../../src/scenario/readScenario.js';
import { runNestedJob } from '../../src/workers/runNestedJob.js';

const irOf = (file: string) => compileScenario(readScenario(file, readFileSync(file, 'utf8')));
const slotted = (file: string) => {
  const { ir, slots } = withParameterSlots(irOf(file));
  return { kernel: createKernel(ir), slots };
};
const spec = { seed: 7, start: null, forces: [] };

describe('nested Monte Carlo', () => {
  it('should give P = a/(a+b) and the spread of Beta(a, b) for one month with chance p ~ Beta(2, 6)', () => {
    const sk = slotted('test/fixtures/uncertain/beta-month.yaml');
    const perDraw = 400;
    const report = summarizeNested(sk.kernel, runNestedBatch(sk, spec, perDraw, 0, 400), { seed: 7, perDraw, startMonth: 0 });
    const hit = report.outcomes.hit;
    if (!hit) throw new Error('no outcome');
    // Closed form: E[p] = 2/8; Var P_k = Var p + E[p(1-p)]/N = 12/(64·9) + (0.25 - 0.25² - 12/576)/400.
    const varP = 12 / (64 * 9) + (0.25 - 0.0625 - 12 / 576) / perDraw;
    expect(hit.ci95[0]).toBeLessThan(0.25);
    expect(hit.ci95[1]).toBeGreaterThan(0.25);
    expect(hit.ci95[1] - hit.ci95[0]).toBeLessThan(0.04);
    expect(hit.sd).toBeGreaterThan(Math.sqrt(varP) * 0.9);
    expect(hit.sd).toBeLessThan(Math.sqrt(varP) * 1.1);
    const q = (p: number) => jstat.jStat.beta.inv(p, 2, 6);
    expect(hit.band.p10).toBeCloseTo(q(0.1), 1);
    expect(hit.band.p50).toBeCloseTo(q(0.5), 1);
    expect(hit.band.p90).toBeCloseTo(q(0.9), 1);
    // The chance is the only parameter: its share and the run noise make up the whole spread.
    const share = hit.shares['triggers.shock.chance'];
    expect(share?.share).toBeGreaterThan(0.85);
    expect((share?.share ?? 0) + hit.noiseShare).toBeGreaterThan(0.9);
    expect(share?.se).toBeLessThan(0.05);
  });

  it('should pool exactly the runs of a plain batch of K×N runs when nothing is uncertain', () => {
    const file = 'test/fixtures/valid/minimal.yaml';
    const kernel = createKernel(irOf(file));
    const nested = runNestedBatch(slotted(file), spec, 50, 0, 20);
    expect(nested.pooled).toEqual(runBatch(kernel, spec, 0, 1000));
    expect(nested.draws.map((d) => d.outcomeCounts)).toEqual(Array.from({ length: 20 }, (_, k) => runBatch(kernel, spec, k * 50, k * 50 + 50).outcomeCounts));
  });

  it('should add aggregates in place exactly as mergeAggregates does', () => {
    const kernel = createKernel(irOf('test/fixtures/valid/minimal.yaml'));
    const a = runBatch(kernel, spec, 0, 300);
    const b = runBatch(kernel, spec, 300, 700);
    expect(accumulateAggregate(structuredClone(a), b)).toEqual(mergeAggregates(a, b));
  });

  it('should give the same bytes for 1 and 2 workers', async () => {
    const file = 'test/fixtures/uncertain/ranges.yaml';
    const job = { scenarioFile: file, scenarioText: readFileSync(file, 'utf8'), sets: [], forces: [], seed: 3, start: null };
    const one = await runNestedJob(job, 24, 100, { workers: 1 });
    const two = await runNestedJob(job, 24, 100, { workers: 2 });
    expect(two.nested).toEqual(one.nested);
    expect(one.nested.draws).toHaveLength(24);
    // Draws differ from each other: the parameters really are drawn.
    expect(new Set(one.nested.draws.map((d) => d.values[2])).size).toBe(24);
  });
});
