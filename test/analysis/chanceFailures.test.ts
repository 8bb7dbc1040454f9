// A chance that fails wherever it is rolled is reported, as proven over an exhaustive search and as "where explored" otherwise.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkModel } from '../../src/analysis/checkModel.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { stepperFromText } from '../helpers.js';

const minimal = readFileSync('test/fixtures/valid/minimal.yaml', 'utf8');
const withChance = (chance: string) => createKernel(stepperFromText(minimal.replace('chance: 0.2', `chance: '${chance}'`), 'm.yaml').ir);
const chanceFindings = (chance: string, o: { buckets: 'auto' | number; maxStates: number }) =>
  checkModel(withChance(chance), { ...o, start: null }).findings.filter((f) => f.subject === 'triggers.shock.chance' || f.subject === 'shock');

// risk - risk * 1.0 is always 0, but interval arithmetic sees two different expressions and cannot prove it.
const hidden = '1.0 / (indicators.risk - indicators.risk * 1.0)';

describe('chanceFailures', () => {
  it('should report a chance that fails in every reachable state as always failing, over an exhaustive search, with the steps to one', () => {
    const all = chanceFindings(hidden, { buckets: 'auto', maxStates: 10_000 });
    // Interval arithmetic only sees that it can leave [0, 1].
    expect(all.map((f) => f.code)).toEqual(['chance-range', 'always-fails']);
    const f = all[1];
    expect(f).toMatchObject({ severity: 'error', grounds: 'exhaustive', code: 'always-fails', steps: ['roll'] });
    expect(f?.message).toMatch(
      /^triggers\.shock\.chance \(1\.0 \/ \(indicators\.risk - indicators\.risk \* 1\.0\)\) fails in every reachable state where it is rolled \(\d+, exhaustive search\)/,
    );
  });

  it('should say "in the states explored" when the search is not exhaustive', () => {
    const f = chanceFindings(hidden, { buckets: 3, maxStates: 10_000 }).find((x) => x.severity === 'error');
    expect(f).toMatchObject({ severity: 'error', grounds: 'witness', code: 'fails-where-explored' });
    expect(f?.message).toContain('explored states where it is rolled (the search was not exhaustive: this is not a proof that it always fails)');
  });

  it('should not report a chance that succeeds somewhere, or one interval arithmetic already proves', () => {
    // Fails in the first month only.
    expect(chanceFindings('month == 0 ? 0.1 / 0.0 : 0.1', { buckets: 'auto', maxStates: 10_000 }).map((f) => f.code)).toEqual(['chance-range']);
    expect(chanceFindings('indicators.risk / 0.0 * 0.0', { buckets: 'auto', maxStates: 10_000 }).map((f) => [f.code, f.grounds])).toEqual([
      ['always-fails', 'abstraction'],
    ]);
  });
});
