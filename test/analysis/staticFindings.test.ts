import { describe, expect, it } from 'vitest';
import { staticFindings } from '../../src/analysis/staticFindings.js';
import { stepperFromText, tiny } from '../helpers.js';

const findings = (triggers: Record<string, unknown>) =>
  staticFindings(stepperFromText(tiny({ triggers }), 'w.yaml').ir, (path) => `w.yaml:${path.join('.')}`).map(({ code, severity, at, message }) => ({
    code,
    severity,
    at,
    message,
  }));

describe('staticFindings', () => {
  it('should warn, positioned, when a chance can leave [0, 1] over the declared ranges', () => {
    const [f] = findings({ t: { kind: 'exogenous', label: 'T', chance: 'indicators.x / 2.0', effects: { x: { add: 1 } } } });
    expect(f).toEqual({
      code: 'chance-range',
      severity: 'warning',
      at: 'w.yaml:27:13',
      message:
        'the chance of "t" (indicators.x / 2.0) can leave [0, 1]: over the indicators\' declared ranges it lies in [0, 5] (interval arithmetic); a finite value is clamped to [0, 1] when rolled',
    });
    expect(findings({ t: { kind: 'exogenous', label: 'T', chance: 'indicators.x / 10.0', effects: { x: { add: 1 } } } })).toEqual([]);
  });

  it('should warn when a trigger has no effects and no transitions', () => {
    expect(findings({ t: { kind: 'exogenous', label: 'T', chance: 0.1 } })).toEqual([
      {
        code: 'no-effect',
        severity: 'warning',
        at: 'w.yaml:triggers.t',
        message: 'trigger "t" has no effects and no transitions, so firing it changes nothing; add some, or remove it',
      },
    ]);
  });

  it('should report a chance or effect that fails for every state, such as 0.0/0.0', () => {
    const out = findings({ t: { kind: 'exogenous', label: 'T', chance: '0.0/0.0', effects: { x: { add: 'indicators.x / 0.0' } } } });
    expect(out.map((f) => [f.code, f.severity, f.message.split(' fails')[0]])).toEqual([
      ['always-fails', 'error', 'triggers.t.chance (0.0/0.0)'],
      ['always-fails', 'error', 'triggers.t.effects.x.add (indicators.x / 0.0)'],
    ]);
  });

  it('should report an integer division by zero whatever the dividend, through int()', () => {
    const out = findings({ t: { kind: 'exogenous', label: 'T', chance: 'int(indicators.x) / 0 == 1 ? 0.5 : 0.1', effects: { x: { add: 1 } } } });
    expect(out.map((f) => [f.code, f.message.split(' fails')[0]])).toEqual([['always-fails', 'triggers.t.chance (int(indicators.x) / 0 == 1 ? 0.5 : 0.1)']]);
    // int() of a number that can be finite can succeed: not a finding.
    expect(findings({ t: { kind: 'exogenous', label: 'T', chance: 'int(indicators.x) >= 5 ? 0.5 : 0.1', effects: { x: { add: 1 } } } })).toEqual([]);
  });

  it('should report chances that fail in every state through x - x and a zero times infinity (AUDIT-3 finding 9)', () => {
    const fails = (chance: string) =>
      findings({ t: { kind: 'exogenous', label: 'T', chance, effects: { x: { add: 1 } } } }).map((f) => [f.code, f.severity, f.message.split(' fails')[0]]);
    for (const chance of [
      'indicators.x / 0.0 * 0.0',
      'double(1 / (month - month))',
      'int(indicators.x) / (month - month) == 1 ? 0.5 : 0.1',
      '0.5 + (indicators.x - indicators.x) / 0.0',
    ])
      expect(fails(chance), chance).toEqual([['always-fails', 'error', `triggers.t.chance (${chance})`]]);
    // A difference of two different things, or a zero divisor only in some states, is no proof.
    expect(fails('1.0 / (indicators.x - 5.0) > 1.0 ? 0.5 : 0.1')).toEqual([]);
    expect(fails('double(month - 1 + 1) / 100.0')).toEqual([]);
  });

  it('should say a chance that may be NaN or infinite stops the run there, not that it is clamped', () => {
    const [f] = findings({ t: { kind: 'exogenous', label: 'T', chance: '0.1 / (indicators.x - 5.0)', effects: { x: { add: 1 } } } });
    expect(f?.code).toBe('chance-range');
    expect(f?.message).toContain(
      'lies in [-Infinity, Infinity] (interval arithmetic); a finite value is clamped to [0, 1] when rolled, but one that is not a finite number (±Infinity or NaN, possible here) stops the run',
    );
  });
});
