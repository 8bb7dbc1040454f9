import { readFileSync } from 'node:fs';
import jstat from 'jstat';
import { describe, expect, it } from 'vitest';
import { overApproximate } from '../../src/analysis/overApproximate.js';
import { runBatch } from '../../src/analysis/runBatch.js';
import { runNestedBatch } from '../../src/analysis/runNestedBatch.js';
import { staticFindings } from '../../src/analysis/staticFindings.js';
import { summarizeNested } from '../../src/analysis/summarizeNested.js';
import { ScenarioError } from '../../src/core/errors.js';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { withParameterSlots } from '../../src/engine/withParameterSlots.js';
import { activationOf, evaluate, initialWorld } from '../../src/engine/world.js';
import { applyOverrides } from '../../src/scenario/applyOverrides.js';
import { readScenario } from '../../src/scenario/readScenario.js';
import { tiny } from '../helpers.js';

const BETA_PARAM = 'test/fixtures/params/beta-param.yaml';
const fixture = (file: string) => readFileSync(file, 'utf8');
const problems = (file: string, text: string) => {
  try {
    readScenario(file, text);
  } catch (e) {
    if (e instanceof ScenarioError) return e.diagnostics.map((d) => [d.code, d.line, d.column, d.message, d.hint]);
    throw e;
  }
  throw new Error(`${file} was accepted`);
};
const spec = { seed: 11, start: null, forces: [] };

describe('parameters: named values that expressions read as params.NAME', () => {
  it('should report each bad parameter at its line and column, with what is wrong and the fix', () => {
    const file = 'test/fixtures/params/bad-parameters.yaml';
    expect(problems(file, fixture(file))).toEqual([
      ['range-order', 7, 13, 'low (0.3) is above high (0.1)', 'swap low and high'],
      ['chance-range', 10, 13, 'a chance range must lie within 0..1; this one is 0.1..1.2', 'write e.g. {low: 0.02, high: 0.08}'],
      ['chance-range', 13, 13, 'a chance lies in 0..1; 1.5 is outside', 'write e.g. 0.05, or use value: for a number that is not a probability'],
      ['range-order', 16, 13, 'mean (0.4) must lie strictly between low (0.1) and high (0.3)', 'widen the range or move the mean'],
      ['range-kind', 19, 12, 'mean is for chances (a Beta)', 'drop mean: a uniform or normal range is centred on its midpoint'],
      ['unknown-parameter', 29, 42, 'unknown parameter "flair"', 'did you mean "flare"?'],
      ['unknown-parameter', 29, 57, 'unknown parameter "constructor"', 'known parameters: flare, spill, sure, pinned, scale'],
    ]);
  });

  it('should refuse a parameter without a rationale, with both chance and value, or with an expression', () => {
    const at = (parameters: unknown) => problems('p.yaml', tiny({ parameters })).map(([code, , , message]) => [code, message]);
    expect(at({ p: { chance: 0.1 } })).toEqual([['missing-field', 'missing required field "rationale"']]);
    expect(at({ p: { chance: 0.1, value: 2, rationale: 'r' } })).toEqual([
      ['schema', 'a parameter has exactly one of chance: (a probability) or value: (any number)'],
    ]);
    expect(at({ p: { chance: 'indicators.x', rationale: 'r' } })[0]?.[1]).toMatch(/^expected a number or a range/);
    expect(problems('p.yaml', tiny({ triggers: { t: { kind: 'exogenous', label: 'T', chance: 'params.p' } } }))).toEqual([
      ['unknown-parameter', 27, 20, 'unknown parameter "p"', 'declare it: parameters: { p: { chance: …, rationale: … } }'],
    ]);
  });

  it('should play the central values without --uncertainty: the same runs as the numbers written in', () => {
    const text = fixture(BETA_PARAM);
    const withParams = createKernel(compileScenario(readScenario(BETA_PARAM, text)));
    const written = text.replace('"indicators.x < 5.0 ? params.p : params.never"', '"indicators.x < 5.0 ? 0.25 : 0.0"');
    expect(written).not.toBe(text);
    const plain = createKernel(compileScenario(readScenario('written.yaml', written)));
    expect(runBatch(withParams, spec, 0, 2000)).toEqual(runBatch(plain, spec, 0, 2000));
    const ir = withParams.ir;
    const chance = ir.triggerById.get('shock')?.chance;
    if (!chance) throw new Error('no chance');
    // The machine's evaluator (CEL) sees the same central value.
    expect(evaluate(chance, activationOf(ir, initialWorld(ir)))).toBe(0.25);
    expect(ir.parameters.map((p) => [p.id, p.kind, p.distribution.dist, p.distribution.central])).toEqual([['params.p', 'parameter', 'beta', 0.25]]);
  });

  it('should let --set params.NAME=N replace a parameter everywhere it is read, and refuse unknown names', () => {
    const text = fixture(BETA_PARAM);
    const set = compileScenario(applyOverrides(readScenario(BETA_PARAM, text), ['params.p=0.5']));
    const written = compileScenario(
      readScenario('written.yaml', text.replace('"indicators.x < 5.0 ? params.p : params.never"', '"indicators.x < 5.0 ? 0.5 : 0.0"')),
    );
    expect(runBatch(createKernel(set), spec, 0, 2000)).toEqual(runBatch(createKernel(written), spec, 0, 2000));
    expect(set.parameters).toEqual([]);
    expect(() => applyOverrides(readScenario(BETA_PARAM, text), ['params.q=0.5'])).toThrow('--set "params.q=0.5": unknown parameter "q"');
    expect(() => applyOverrides(readScenario(BETA_PARAM, text), ['params.p=2'])).toThrow('a chance lies in 0..1; 2 is outside');
  });

  it('should pin the central value of {low, high, mean} to the mean, with 90% of the mass between low and high', () => {
    const ir = compileScenario(
      readScenario(
        'm.yaml',
        tiny({
          parameters: { p: { chance: { low: 0.2, high: 0.6, mean: 0.35 }, rationale: 'r' } },
          triggers: { t: { kind: 'exogenous', label: 'T', chance: 'params.p' } },
        }),
      ),
    );
    const d = ir.parameters[0]?.distribution;
    if (!d) throw new Error('no parameter');
    expect(d.central).toBe(0.35);
    const [a, b] = d.params;
    expect(a / (a + b)).toBeCloseTo(0.35, 12);
    const inside = jstat.jStat.beta.cdf(0.6, a, b) - jstat.jStat.beta.cdf(0.2, a, b);
    expect(inside).toBeCloseTo(0.9, 6);
  });

  it('should fit {low: 0, high, mean} without piling mass at 0: both shapes stay at least 1', () => {
    const ir = compileScenario(
      readScenario(
        'z.yaml',
        tiny({
          parameters: { p: { chance: { low: 0, high: 0.05, mean: 0.02 }, rationale: 'r' } },
          triggers: { t: { kind: 'exogenous', label: 'T', chance: 'params.p' } },
        }),
      ),
    );
    const d = ir.parameters[0]?.distribution;
    expect(d?.central).toBe(0.02);
    expect(d?.params[0]).toBeCloseTo(1, 9);
    expect(d?.params[1]).toBeCloseTo(49, 9);
  });

  it('should give P = a/(a+b) and the Beta quantiles across draws for one month with chance params.p, p ~ Beta(2, 6)', () => {
    const { ir, slots } = withParameterSlots(compileScenario(readScenario(BETA_PARAM, fixture(BETA_PARAM))));
    const sk = { kernel: createKernel(ir), slots };
    const perDraw = 400;
    const hit = summarizeNested(sk.kernel, runNestedBatch(sk, spec, perDraw, 0, 400), { seed: 11, perDraw, startMonth: 0 }).outcomes.hit;
    if (!hit) throw new Error('no outcome');
    expect(hit.ci95[0]).toBeLessThan(0.25);
    expect(hit.ci95[1]).toBeGreaterThan(0.25);
    expect(hit.ci95[1] - hit.ci95[0]).toBeLessThan(0.04);
    const q = (p: number) => jstat.jStat.beta.inv(p, 2, 6);
    expect(hit.band.p10).toBeCloseTo(q(0.1), 1);
    expect(hit.band.p90).toBeCloseTo(q(0.9), 1);
    expect(hit.shares['params.p']?.share).toBeGreaterThan(0.85);
  });

  it('should warn in check about a parameter that no expression reads, at its line', () => {
    const text = tiny({
      parameters: { used: { chance: 0.1, rationale: 'r' }, idle: { value: 3, rationale: 'r' } },
      triggers: { t: { kind: 'exogenous', label: 'T', chance: 'params.used', transitions: [{ actor: 'a', to: 's1' }] } },
    });
    const checked = readScenario('u.yaml', text);
    const line = text.split('\n').findIndex((l) => l.trim() === 'idle:') + 1;
    const findings = staticFindings(compileScenario(checked), (path) => `u.yaml:${path.join('.') === 'parameters.idle' ? line : 0}`);
    expect(findings.filter((f) => f.code === 'unused-parameter')).toEqual([
      {
        severity: 'warning',
        grounds: 'file',
        code: 'unused-parameter',
        subject: 'parameters.idle',
        at: `u.yaml:${line}`,
        message: 'parameter "idle" is declared but no expression reads params.idle; use it, or remove it',
      },
    ]);
  });

  it('should over-approximate with the central value in a plain check, and with the whole range under uncertainty', () => {
    // x stays at 5; the trigger needs x > k, with k from 2 to 10 (central 6): false at the centre, possible for some draws.
    const ir = compileScenario(
      readScenario(
        'o.yaml',
        tiny({
          parameters: { k: { value: { low: 2, high: 10 }, rationale: 'r' } },
          triggers: { t: { kind: 'exogenous', label: 'T', chance: 0.5, when: 'indicators.x > params.k', transitions: [{ actor: 'a', to: 's2' }] } },
        }),
      ),
    );
    expect(overApproximate(ir).enabled.has('t')).toBe(false);
    expect(overApproximate(ir).outcomes.has('done')).toBe(false);
    const uncertain = overApproximate(ir, null, { uncertain: true });
    expect(uncertain.enabled.has('t')).toBe(true);
    expect(uncertain.outcomes.has('done')).toBe(true);
  });
});
