// Different seeds give independent batches; the same seed gives the same summary (pinned, so a change is deliberate).
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/analysis/runBatch.js';
import { summarizeBatch } from '../../src/analysis/summarizeBatch.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { seedRun } from '../../src/engine/rng.js';
import { fixtureStepper, shippedStepper } from '../helpers.js';

const iraq = shippedStepper('iraq-coalition');
const kernel = createKernel(iraq.ir);
const RUNS = 2000;
const SEEDS = Array.from({ length: 50 }, (_, i) => i);
/** Runs per seed in the spread test: the test's precision comes from the 50 seeds, not from the runs in each. */
const SPREAD_RUNS = 500;

describe('seeds', () => {
  it('should spread the outcome counts of 50 seeds as the binomial standard error says', () => {
    const counts = SEEDS.map((seed) => runBatch(kernel, { seed, start: null, forces: [] }, 0, SPREAD_RUNS).outcomeCounts);
    for (const [o, id] of kernel.outcomeIds.entries()) {
      const xs = counts.map((c) => c[o] as number);
      expect(new Set(xs).size, `${id}: distinct counts over 50 seeds`).toBeGreaterThan(10);
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
      const binomial = Math.sqrt(SPREAD_RUNS * (mean / SPREAD_RUNS) * (1 - mean / SPREAD_RUNS));
      // With 50 independent batches the sample SD has a relative standard error of 1/√(2·49) ≈ 0.10 whatever the
      // runs per batch (500 runs put at least ~60 in the rarest outcome, near enough normal), so the ratio
      // falls outside 0.7–1.3 (three standard errors) with a chance of about 0.3% per outcome.
      expect(sd / binomial, `${id}: SD ${sd.toFixed(1)} against binomial ${binomial.toFixed(1)}`).toBeGreaterThan(0.7);
      expect(sd / binomial, `${id}: SD ${sd.toFixed(1)} against binomial ${binomial.toFixed(1)}`).toBeLessThan(1.3);
    }
  });

  it('should never give two runs of the 50 seeds the same stream', () => {
    const states = new Set<string>();
    for (const seed of SEEDS) for (let run = 0; run < RUNS; run++) states.add(seedRun(seed, run).join(','));
    expect(states.size).toBe(SEEDS.length * RUNS);
  });

  it('should give the pinned summary for seed 2025 (golden: a change to the streams or the kernel shows here)', () => {
    // A frozen copy of the shipped scenario, so that revising the scenario does not move the golden figures.
    const golden = createKernel(fixtureStepper('../batch/golden-iraq').ir);
    const r = summarizeBatch(golden, runBatch(golden, { seed: 2025, start: null, forces: [] }, 0, RUNS), { seed: 2025, startMonth: 0, forces: [] });
    expect({
      outcomes: Object.fromEntries(Object.entries(r.outcomes).map(([id, o]) => [id, o.count])),
      kurdistanDecided: r.decidedBy.kurdistan_deal,
      fired: Object.fromEntries(Object.entries(r.conditional).map(([t, c]) => [t, c.fired])),
      topSequence: r.sequences.redefined_mission?.[0],
    }).toMatchInlineSnapshot(`
      {
        "fired": {
          "ain_al_asad_handover": 1706,
          "bilateral_training_agreements": 1279,
          "drone_attack_erbil": 1300,
          "equipment_to_tanf": 463,
          "framework_pro_exit": 670,
          "framework_pro_presence": 695,
          "hormuz_tension": 1026,
          "isis_resurgence": 1048,
          "israel_iran_war": 428,
          "krg_requests_deal": 333,
          "phase_one_deadline": 2000,
          "phase_two_deadline": 1715,
          "syria_instability": 1464,
          "us_commits_to_exit": 482,
          "us_sanctions_factions": 1607,
          "weapons_control_deal": 1068,
        },
        "kurdistanDecided": {
          "2025-11": 3,
          "2025-12": 5,
          "2026-01": 14,
          "2026-02": 18,
          "2026-03": 20,
          "2026-04": 24,
          "2026-05": 36,
          "2026-06": 29,
          "2026-07": 36,
          "2026-08": 47,
          "2026-09": 53,
        },
        "outcomes": {
          "full_exit": 287,
          "kurdistan_deal": 285,
          "redefined_mission": 1428,
        },
        "topSequence": {
          "ci95": [
            0.0024,
            0.0101,
          ],
          "count": 7,
          "p": 0.0049,
          "sequence": [
            "drone_attack_erbil",
            "syria_instability",
            "us_sanctions_factions",
            "weapons_control_deal",
          ],
        },
      }
    `);
  });
});
