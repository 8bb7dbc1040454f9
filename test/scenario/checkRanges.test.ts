import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/core/errors.js';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { readScenario } from '../../src/scenario/readScenario.js';

const read = (name: string) => {
  const file = `test/fixtures/uncertain/${name}.yaml`;
  return readScenario(file, readFileSync(file, 'utf8'));
};
const problems = (name: string) => {
  try {
    read(name);
  } catch (e) {
    if (e instanceof ScenarioError) return e.diagnostics.map((d) => [d.code, d.line, d.column, d.message]);
    throw e;
  }
  throw new Error(`${name} was accepted`);
};

describe('ranges in the scenario format', () => {
  it('should report each bad range at its line and column, with what is wrong', () => {
    expect(problems('bad-ranges')).toEqual([
      ['bounds', 6, 44, 'the range 2..12 is outside 0..10'],
      ['range-order', 14, 13, 'low (0.3) is above high (0.1)'],
      ['chance-range', 20, 13, 'a chance range must lie within 0..1; this one is 0.1..1.2'],
      ['chance-range', 25, 13, 'a Beta fitted to a 90% interval needs 0 < low < high < 1'],
      ['range-kind', 27, 17, 'a Beta distribution is for chances only'],
    ]);
  });

  it('should refuse a range on a field that cannot take one', () => {
    expect(problems('misplaced-ranges')).toEqual([
      ['range-kind', 7, 23, '"min" cannot take a range'],
      ['range-kind', 16, 17, '"set" cannot take a range'],
      ['range-kind', 20, 11, '"when" cannot take a range'],
    ]);
  });

  it('should compile each range to its central value and list it as a parameter', () => {
    const ir = compileScenario(read('ranges'));
    expect(ir.parameters.map((p) => [p.id, p.distribution.dist])).toEqual([
      ['indicators.pressure.initial', 'uniform'],
      ['indicators.support.initial', 'normal'],
      ['triggers.protest.chance', 'beta'],
      ['triggers.protest.effects.pressure.add', 'uniform'],
      ['triggers.protest.effects.support.mul', 'normal'],
      ['triggers.collapse.chance', 'beta'],
    ]);
    expect(ir.indicators.map((i) => i.initial)).toEqual([30, 50]);
    const chance = ir.parameters[2]?.distribution;
    // The fitted Beta puts 5% below 0.1 and 5% above 0.3.
    expect(chance?.low).toBeCloseTo(0.1, 6);
    expect(chance?.high).toBeCloseTo(0.3, 6);
    expect(Number(ir.triggerById.get('protest')?.chance?.text)).toBeCloseTo(chance?.central ?? 0, 12);
    expect(Number(ir.triggerById.get('collapse')?.chance?.text)).toBe(0.2);
    expect(ir.triggerById.get('protest')?.effects.map((e) => Number(e.expr.text))).toEqual([10, 0.875]);
  });
});
