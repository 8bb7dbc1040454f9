// Interventional attribution: banning a trigger on the same runs; a trigger that does nothing is never a driver.
import { describe, expect, it } from 'vitest';
import { banTriggers } from '../../src/analysis/banTriggers.js';
import { liveDrivers } from '../../src/analysis/liveDrivers.js';
import { driversOnly, rankDrivers } from '../../src/analysis/rankDrivers.js';
import { runBatch } from '../../src/analysis/runBatch.js';
import { summarizeBatch } from '../../src/analysis/summarizeBatch.js';
import { createKernel, type Kernel } from '../../src/engine/kernel/createKernel.js';
import { stepperFromText } from '../helpers.js';
import { withPlacebo } from '../placebo.js';

const RUNS = 2000;
const kernel = createKernel(stepperFromText(withPlacebo(), 'placebo.yaml').ir);
const kernels = new Map<string, Kernel>();
const kernelWith = (bans: readonly string[]) => {
  const key = bans.join(',');
  if (!kernels.has(key)) kernels.set(key, bans.length === 0 ? kernel : createKernel(banTriggers(kernel.ir, bans)));
  return kernels.get(key) as Kernel;
};
const outcomesOf = (k: Kernel, spec: Parameters<typeof runBatch>[1]) => {
  const out = new Uint8Array(RUNS);
  runBatch(k, spec, 0, RUNS, undefined, out);
  return out;
};

describe('drivers by intervention', () => {
  const spec = { seed: 3, start: null, forces: [] };
  const baseline = outcomesOf(kernel, spec);
  const placebo = kernel.triggerIds.indexOf('placebo');
  const rows = rankDrivers(kernel.outcomeIds, baseline, [
    { trigger: 'placebo', intervention: 'ban', outcomes: outcomesOf(kernelWith(['placebo']), spec) },
    { trigger: 'placebo', intervention: 'first-chance', outcomes: outcomesOf(kernel, { ...spec, firstChance: [placebo] }) },
    { trigger: 'krg_requests_deal', intervention: 'ban', outcomes: outcomesOf(kernelWith(['krg_requests_deal']), spec) },
  ]);

  it('should give a placebo trigger an interval containing 0 for every outcome, and never list it as a driver', () => {
    const mine = rows.filter((r) => r.trigger === 'placebo');
    expect(mine).toHaveLength(2 * kernel.outcomeIds.length);
    for (const r of mine) {
      expect(r.ci95[0], `${r.intervention} ${r.outcome}`).toBeLessThanOrEqual(0);
      expect(r.ci95[1], `${r.intervention} ${r.outcome}`).toBeGreaterThanOrEqual(0);
    }
    expect(driversOnly(rows).map((r) => r.trigger)).not.toContain('placebo');
  });

  it('should show that conditioning on firing is biased where the intervention is not', () => {
    const agg = runBatch(kernel, spec, 0, RUNS);
    const lift = summarizeBatch(kernel, agg, { seed: 3, startMonth: 0, forces: [] }).conditional.placebo?.outcomes.kurdistan_deal?.lift ?? 1;
    expect(lift, 'P(kurdistan_deal | placebo fired) ÷ P(kurdistan_deal)').toBeLessThan(0.95);
  });

  it('should find that banning the KRG request removes every Kurdistan deal, beyond the noise', () => {
    const krg = rows.find((r) => r.trigger === 'krg_requests_deal' && r.outcome === 'kurdistan_deal');
    expect(krg?.pB).toBe(0);
    expect(krg?.delta).toBeCloseTo(-(krg?.pA ?? 0), 10);
    expect(krg?.excludesZero).toBe(true);
    expect(rows[0]?.trigger).toBe('krg_requests_deal');
  });

  it('should count a scheduled trigger in every run where it fired', () => {
    const r = summarizeBatch(kernel, runBatch(kernel, spec, 0, RUNS), { seed: 3, startMonth: 0, forces: [] });
    // The first deadline fires at the end of 2025-09 in every run still open then: all but those a deal locked that month.
    const lockedFirst = r.decidedBy.kurdistan_deal?.['2025-09'] ?? 0;
    expect(lockedFirst).toBeLessThan(RUNS / 100);
    expect(r.conditional.phase_one_deadline?.fired).toBe(RUNS - lockedFirst);
  });

  it('should stop when told to, and say how many runs stand behind each figure when not', async () => {
    const world = stepperFromText(withPlacebo(), 'placebo.yaml').initial;
    const seen: number[] = [];
    const stopped = await liveDrivers(kernelWith, world, 300, 1, async (done) => {
      seen.push(done);
      return done < 3;
    });
    expect(stopped).toBeNull();
    expect(seen).toEqual([1, 2, 3]);
    const full = await liveDrivers(kernelWith, world, 300, 1, async () => true);
    expect(full?.runs).toBe(300);
    expect(full?.effects.every((e) => e.runs === 300)).toBe(true);
    expect(full?.effects.filter((e) => e.trigger === 'placebo').every((e) => !e.excludesZero)).toBe(true);
  });
});
