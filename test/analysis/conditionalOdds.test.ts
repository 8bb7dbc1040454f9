import { readFileSync } from 'node:fs';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { compileObservation } from '../../src/analysis/compileObservation.js';
import { conditionalOdds } from '../../src/analysis/conditionalOdds.js';
import { runBatch } from '../../src/analysis/runBatch.js';
import { UserError } from '../../src/core/errors.js';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { seedRun } from '../../src/engine/rng.js';
import { activationOf } from '../../src/engine/world.js';
import { checkOneExpression } from '../../src/scenario/checkExpressions.js';
import { createCelEnvironment } from '../../src/scenario/createCelEnvironment.js';
import { namesOf } from '../../src/scenario/namesOf.js';
import { readScenario } from '../../src/scenario/readScenario.js';

const file = 'scenarios/iraq-coalition.yaml';
const kernel = createKernel(compileScenario(readScenario(file, readFileSync(file, 'utf8'))));
const spec = { seed: 11, start: null, forces: [] };

/** Whether `expr` held, by the CEL library's own evaluator on the world, at some state up to month index `by` of run `run`. */
function heldInRun(run: number, expr: string, by: number): boolean {
  const names = namesOf(kernel.ir.scenario);
  const checked = checkOneExpression(expr, 'bool', createCelEnvironment(names.indicators, [...names.actors.keys()]), names);
  if (!checked.ok) throw new Error(expr);
  const k = kernel.newState();
  kernel.start(k);
  const rng = xoroshiro128plusFromState(seedRun(spec.seed, run));
  const holds = () => checked.run(activationOf(kernel.ir, kernel.toWorld(k))) === true;
  let held = holds();
  while (!k.ended) {
    const month = k.month;
    kernel.rollMonth(k, rng, () => {
      if (month <= by && holds()) held = true;
    });
    if (month <= by && holds()) held = true;
  }
  return held;
}

describe('batch --given', () => {
  it('should give the outcomes of exactly the runs of a plain batch in which the observation held by that month', () => {
    const expr = 'actors.krg == "lobbying"';
    const runs = 1500;
    const report = conditionalOdds(kernel, spec, [compileObservation(kernel, `${expr} by 2026-01`)], runs);
    const counts = new Map<string, number>();
    let matched = 0;
    for (let run = 0; run < runs; run++) {
      if (!heldInRun(run, expr, 4)) continue;
      matched++;
      const agg = runBatch(kernel, spec, run, run + 1);
      const o = agg.outcomeCounts.indexOf(1);
      const id = kernel.outcomeIds[o] ?? 'undecided';
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect(report.matched).toBe(matched);
    expect(matched).toBeGreaterThan(30);
    for (const id of kernel.outcomeIds) expect(report.outcomes[id]?.count, id).toBe(counts.get(id) ?? 0);
  });

  it('should refuse, saying how many runs matched, when too few do', () => {
    const obs = compileObservation(kernel, 'indicators.us_troops <= 100.0 by 2025-10');
    expect(() => conditionalOdds(kernel, spec, [obs], 2000)).toThrow(UserError);
    expect(() => conditionalOdds(kernel, spec, [obs], 2000)).toThrow(/only 0 of 2,000 runs matched/);
  });

  it('should name the column of a wrong expression and a month outside the clock', () => {
    expect(() => compileObservation(kernel, 'actors.krg == "lobbyin" by 2026-03')).toThrow(/column 15: actor "krg" has no state "lobbyin"/);
    expect(() => compileObservation(kernel, 'actors.krg == "lobbying" by 2027-03')).toThrow(/2027-03 is outside the clock/);
    expect(() => compileObservation(kernel, 'actors.krg == "lobbying"')).toThrow(/no "by YYYY-MM"/);
  });
});
