import { describe, expect, it } from 'vitest';
import { mergeAggregates } from '../../src/analysis/batchAggregate.js';
import { runBatch } from '../../src/analysis/runBatch.js';
import { summarizeBatch } from '../../src/analysis/summarizeBatch.js';
import { wilson } from '../../src/analysis/wilson.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { shippedStepper, stepperFromText, tiny } from '../helpers.js';

describe('wilson', () => {
  it('should match the textbook interval and stay inside [0, 1]', () => {
    const [lo, hi] = wilson(50, 100);
    expect(lo).toBeCloseTo(0.4038, 4);
    expect(hi).toBeCloseTo(0.5962, 4);
    expect(wilson(0, 20)).toEqual([0, expect.closeTo(0.1611, 4)]);
    expect(wilson(20, 20)[1]).toBe(1);
  });
});

describe('runBatch', () => {
  const iraq = shippedStepper('iraq-coalition');
  const kernel = createKernel(iraq.ir);
  const spec = { seed: 11, start: iraq.initial, forces: [] };

  it('should give the same aggregate however the runs are split and merged', () => {
    const whole = runBatch(kernel, spec, 0, 3000);
    const parts = [runBatch(kernel, spec, 2000, 3000), runBatch(kernel, spec, 0, 700), runBatch(kernel, spec, 700, 2000)];
    expect(parts.reduce(mergeAggregates)).toEqual(whole);
    expect(whole.runs).toBe(3000);
    expect(whole.outcomeCounts.reduce((a, b) => a + b, 0)).toBe(3000);
  });

  it('should count a forced trigger in every run where it can fire', () => {
    const force = { trigger: kernel.triggerIds.indexOf('israel_iran_war'), month: 0 };
    const agg = runBatch(kernel, { ...spec, forces: [force] }, 0, 500);
    const report = summarizeBatch(kernel, agg, { seed: 11, startMonth: 0, forces: ['israel_iran_war@2025-09'] });
    expect(report.conditional.israel_iran_war?.fired).toBe(500);
    expect(report.forcedSkipped['israel_iran_war@2025-09']).toBe(0);
    const unforced = summarizeBatch(kernel, runBatch(kernel, spec, 0, 500), { seed: 11, startMonth: 0, forces: [] });
    expect(report.outcomes.full_exit?.count, 'a war that lasts stalls the exit').toBeLessThan(unforced.outcomes.full_exit?.count ?? 0);
  });

  it('should compute attribution and lift from the counts', () => {
    const stepper = stepperFromText(
      tiny({
        clock: { start: '2025-01', end: '2025-01' },
        triggers: { t: { kind: 'exogenous', label: 'T', chance: 0.5, transitions: [{ actor: 'a', to: 's2' }] } },
        outcomes: { done: { label: 'Done', rule: 'actors.a == "s2"', priority: 1 }, other: { label: 'O', rule: 'true', priority: 2 } },
      }),
    );
    const k = createKernel(stepper.ir);
    const agg = runBatch(k, { seed: 1, start: stepper.initial, forces: [] }, 0, 2000);
    const r = summarizeBatch(k, agg, { seed: 1, startMonth: 0, forces: [] });
    const fired = r.conditional.t?.fired ?? 0;
    expect(r.outcomes.done?.count).toBe(fired);
    expect(r.conditional.t?.outcomes.done).toEqual({
      count: fired,
      p: 1,
      ci95: wilson(fired, fired).map((x) => expect.closeTo(x, 4)),
      lift: expect.closeTo(2000 / fired, 2),
    });
    expect(r.conditional.t).toMatchObject({ firedP: fired / 2000, firedCi95: wilson(fired, 2000).map((x) => expect.closeTo(x, 4)) });
    // A share of a few runs has a wide interval: the run count behind it shows.
    expect(r.conditional.t?.outcomes.other?.ci95).toEqual([0, expect.closeTo(wilson(0, fired)[1], 4)]);
    expect(r.sequences.done?.[0]).toMatchObject({ sequence: ['t'], count: fired, p: 1, ci95: wilson(fired, fired).map((x) => expect.closeTo(x, 4)) });
    expect(r.sequences.other?.[0]).toMatchObject({ sequence: [], p: 1 });
    expect(fired).toBeGreaterThan(900);
    expect(fired).toBeLessThan(1100);
  });

  it('should report runs that break an invariant with the steps to reproduce them', () => {
    const stepper = stepperFromText(
      tiny({
        triggers: { t: { kind: 'exogenous', label: 'T', chance: 1, effects: { x: { add: 3 } } } },
        invariants: { small: 'indicators.x < 7.0' },
      }),
    );
    const k = createKernel(stepper.ir);
    const r = summarizeBatch(k, runBatch(k, { seed: 1, start: stepper.initial, forces: [] }, 0, 10), { seed: 1, startMonth: 0, forces: [] });
    expect(r.problems.invariant).toBe(10);
    expect(r.problems.examples[0]).toEqual({ run: 0, kind: 'invariant', detail: 'invariant small broken', steps: 'roll:1' });
    expect(r.neverReached).toEqual(['done']);
  });
});

describe('the shipped scenario, calibrated (F7, F19, F21)', () => {
  it('should make a redefined mission likelier than a full exit, with intervals that do not overlap (20,000 runs, seed 2025)', () => {
    const iraq = shippedStepper('iraq-coalition');
    const kernel = createKernel(iraq.ir);
    const agg = runBatch(kernel, { seed: 2025, start: iraq.initial, forces: [] }, 0, 20_000);
    const r = summarizeBatch(kernel, agg, { seed: 2025, startMonth: 0, forces: [] });
    const redefined = r.outcomes.redefined_mission;
    const exit = r.outcomes.full_exit;
    expect(redefined?.ci95[0]).toBeGreaterThan(exit?.ci95[1] ?? 1);
    expect(exit?.p).toBeGreaterThan(0.02);
    expect(r.outcomes.kurdistan_deal?.p).toBeGreaterThan(0.02);
    expect(r.undecided.count).toBe(0);
    expect(r.problems).toEqual({ invariant: 0, error: 0, examples: [] });
  });
});
