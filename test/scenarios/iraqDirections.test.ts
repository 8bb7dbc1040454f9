// Directional tests from the article's claims: interventions on common random numbers, 20,000 runs each.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runBatch } from '../../src/analysis/runBatch.js';
import { type Probability, summarizeBatch } from '../../src/analysis/summarizeBatch.js';
import { createKernel, type Kernel } from '../../src/engine/kernel/createKernel.js';
import { stepperFromText } from '../helpers.js';

const FILE = 'scenarios/iraq-coalition.yaml';
const TEXT = readFileSync(FILE, 'utf8');
const RUNS = 20_000;
const SEED = 2025;

type Odds = Record<'full_exit' | 'redefined_mission' | 'kurdistan_deal', Probability>;

const kernelOf = (text: string): Kernel => createKernel(stepperFromText(text, FILE).ir);
const BASE = kernelOf(TEXT);

/** Outcome odds with Wilson 95% intervals; `forces` fire a trigger at the start of a month in every run. */
function odds(kernel: Kernel, forces: readonly [string, number][] = []): Odds {
  const f = forces.map(([id, month]) => {
    const trigger = kernel.triggerIds.indexOf(id);
    expect(trigger, id).toBeGreaterThanOrEqual(0);
    return { trigger, month };
  });
  const agg = runBatch(kernel, { seed: SEED, start: null, forces: f }, 0, RUNS);
  const r = summarizeBatch(kernel, agg, { seed: SEED, startMonth: 0, forces: forces.map(([id]) => id) });
  for (const [id] of forces) expect(r.forcedSkipped[id] ?? 0, `${id} must fire in every run`).toBe(0);
  return r.outcomes as Odds;
}

/** The scenario as an object, edited, and back to text. */
function edited(edit: (doc: { triggers: Record<string, Record<string, unknown>> }) => void): string {
  const doc = parse(TEXT);
  edit(doc);
  return stringify(doc);
}

const above = (a: Probability, b: Probability) => expect(a.ci95[0], `${fmt(a)} should lie wholly above ${fmt(b)}`).toBeGreaterThan(b.ci95[1]);
const fmt = (p: Probability) => `${(p.p * 100).toFixed(1)}% (${(p.ci95[0] * 100).toFixed(1)}–${(p.ci95[1] * 100).toFixed(1)})`;
const baseline = odds(BASE);

describe('the iraq-coalition scenario, direction by direction (20,000 runs each, 95% intervals apart)', () => {
  it('should keep a redefined mission the most likely outcome, with every outcome at 5% or more', () => {
    above(baseline.redefined_mission, baseline.full_exit);
    above(baseline.redefined_mission, baseline.kurdistan_deal);
    for (const o of Object.values(baseline)) expect(o.ci95[0]).toBeGreaterThanOrEqual(0.05);
  });

  it('should favour a redefined mission over a full exit even with no exogenous shock at all (F19–F21)', () => {
    const quiet = odds(
      kernelOf(
        edited((doc) => {
          for (const t of Object.values(doc.triggers)) if (t.kind === 'exogenous') t.chance = 0;
        }),
      ),
    );
    above(quiet.redefined_mission, quiet.full_exit);
  });

  it('should make a full exit likelier when the Framework exit camp prevails (F16)', () => {
    const exitCamp = odds(BASE, [['framework_pro_exit', 0]]);
    above(exitCamp.full_exit, baseline.full_exit);
  });

  it('should move the odds toward a redefined mission when bilateral agreements are signed (F7, F13)', () => {
    const signed = odds(BASE, [
      ['bilateral_training_agreements', 0],
      ['bilateral_training_agreements', 0],
    ]);
    above(signed.redefined_mission, baseline.redefined_mission);
    above(baseline.full_exit, signed.full_exit);
  });

  it('should make a full exit less likely after an ISIS resurgence, without ruling it out for the rest of the year (F6)', () => {
    const resurgent = odds(BASE, [['isis_resurgence', 0]]);
    above(baseline.full_exit, resurgent.full_exit);
    expect(resurgent.full_exit.ci95[0], 'ISIS can be contained again').toBeGreaterThan(0.02);
  });

  it('should change nothing with a placebo trigger', () => {
    const withPlacebo = edited((doc) => {
      doc.triggers.placebo = { kind: 'exogenous', label: 'Placebo', chance: 0.5, rationale: 'does nothing' };
    });
    const rolled = odds(kernelOf(withPlacebo));
    for (const id of ['full_exit', 'redefined_mission', 'kurdistan_deal'] as const) {
      const [a, b] = [rolled[id], baseline[id]];
      expect(a.ci95[0] <= b.ci95[1] && b.ci95[0] <= a.ci95[1], `${id}: ${fmt(a)} vs ${fmt(b)}`).toBe(true);
    }
    const forced = odds(kernelOf(withPlacebo), [['placebo', 0]]);
    expect(forced, 'forced on the same random numbers: the very same runs').toEqual(rolled);
  });
});
