import { readFileSync } from 'node:fs';
import jstat from 'jstat';
import { describe, expect, it } from 'vitest';
import { drawPairedParameters } from '../../src/analysis/drawPairedParameters.js';
import { drawParameters } from '../../src/analysis/drawParameters.js';
import { runNestedBatch } from '../../src/analysis/runNestedBatch.js';
import { runPairedDraws } from '../../src/analysis/runPairedDraws.js';
import { summarizeNested } from '../../src/analysis/summarizeNested.js';
import { summarizeDifference } from '../../src/analysis/summarizePairedDraws.js';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { withParameterSlots } from '../../src/engine/withParameterSlots.js';
import { applyOverrides } from '../../src/scenario/applyOverrides.js';
import { readScenario } from '../../src/scenario/readScenario.js';

const irOf = (file: string, sets: string[] = []) => compileScenario(applyOverrides(readScenario(file, readFileSync(file, 'utf8')), sets));
const side = (file: string, sets: string[] = []) => {
  const { ir, slots } = withParameterSlots(irOf(file, sets));
  return { slotted: { kernel: createKernel(ir), slots }, spec: { seed: 11, start: null, forces: [] } };
};
const beta = 'test/fixtures/uncertain/beta-month.yaml';
const ranges = 'test/fixtures/uncertain/ranges.yaml';

describe('compare under parameter uncertainty', () => {
  it("should draw A's parameters exactly as batch --uncertainty does, and B's by id at the same quantiles", () => {
    const a = irOf(ranges);
    const b = irOf(ranges, ['triggers.protest.chance=0.2']);
    expect(b.parameters.map((p) => p.id)).not.toContain('triggers.protest.chance');
    for (const k of [0, 1, 17]) {
      const v = drawPairedParameters(a, b, 11, k);
      expect(v.a).toEqual(drawParameters(a, 11, k));
      // B lacks one of A's ranges: every other range takes A's value.
      expect(v.b).toEqual(a.parameters.flatMap((p, i) => (p.id === 'triggers.protest.chance' ? [] : [v.a[i]])));
    }
  });

  it('should find no difference at all between a variant and itself: same draws, same runs', () => {
    const draws = runPairedDraws(side(ranges), side(ranges), 100, 0, 20);
    for (const d of draws) expect(d.countsB).toEqual(d.countsA);
    const fallen = summarizeDifference(draws, 100, 0);
    expect(fallen).toMatchObject({ delta: 0, ci95: [0, 0], band: { p10: 0, p50: 0, p90: 0 }, sameSign: 0 });
    expect(fallen.pA).toBeGreaterThan(0);
  });

  it('should give ΔP = 0.5 − a/(a+b) and the band of 0.5 − p for a chance fixed at 0.5 against p ~ Beta(2, 6)', () => {
    const perDraw = 1000;
    const draws = runPairedDraws(side(beta), side(beta, ['triggers.shock.chance=0.5']), perDraw, 0, 300);
    const hit = summarizeDifference(draws, perDraw, 0, ['triggers.shock.chance']);
    expect(hit.ci95[0]).toBeLessThan(0.25);
    expect(hit.ci95[1]).toBeGreaterThan(0.25);
    expect(hit.ci95[1] - hit.ci95[0]).toBeLessThan(0.04);
    const q = (p: number) => jstat.jStat.beta.inv(p, 2, 6);
    expect(hit.band.p10).toBeCloseTo(0.5 - q(0.9), 1);
    expect(hit.band.p50).toBeCloseTo(0.5 - q(0.5), 1);
    expect(hit.band.p90).toBeCloseTo(0.5 - q(0.1), 1);
    // P(p < 0.5) under Beta(2, 6) is 0.9375; run noise moves a few draws near 0.5 either way.
    expect(hit.sameSign).toBeGreaterThan(0.9);
    expect(hit.sameSign).toBeLessThan(0.98);
    // On common random numbers a run differs only when its uniform falls between p and 0.5: little run noise.
    expect(hit.noiseShare).toBeLessThan(0.2);
    // The one guess makes the whole spread of the effect.
    expect(hit.shares['triggers.shock.chance']?.share).toBeGreaterThan(0.85);
    expect(hit.shares['triggers.shock.chance']?.se).toBeLessThan(0.05);
  });

  it("should pool A's odds from exactly the runs of batch --uncertainty", () => {
    const a = side(ranges);
    const draws = runPairedDraws(a, side(ranges, ['triggers.collapse.chance=0.05']), 80, 0, 30);
    const plain = side(ranges);
    const nested = summarizeNested(plain.slotted.kernel, runNestedBatch(plain.slotted, plain.spec, 80, 0, 30), { seed: 11, perDraw: 80, startMonth: 0 });
    expect(summarizeDifference(draws, 80, 0).pA).toBe(nested.outcomes.fallen?.p);
    expect(draws.map((d) => d.k)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    // Split anywhere, the draws are the same.
    expect([
      ...runPairedDraws(a, side(ranges, ['triggers.collapse.chance=0.05']), 80, 0, 13),
      ...runPairedDraws(a, side(ranges, ['triggers.collapse.chance=0.05']), 80, 13, 30),
    ]).toEqual(draws);
  });
});
