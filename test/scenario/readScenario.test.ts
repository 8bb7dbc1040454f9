import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Diagnostic, ScenarioError } from '../../src/core/errors.js';
import { MAX_FILE_BYTES } from '../../src/scenario/parseSource.js';
import { readScenario } from '../../src/scenario/readScenario.js';

const fixture = (kind: 'valid' | 'invalid', name: string) => {
  const file = `test/fixtures/${kind}/${name}.yaml`;
  return { file, text: readFileSync(file, 'utf8') };
};

const diagnosticsOf = (file: string, text: string): Diagnostic[] => {
  try {
    readScenario(file, text);
  } catch (e) {
    if (e instanceof ScenarioError) return [...e.diagnostics];
    throw e;
  }
  throw new Error(`${file} was accepted`);
};

// [fixture, reason code, line, column] of the first problem reported
const INVALID: [string, string, number, number][] = [
  ['alias-bomb', 'alias-bomb', 4, 40],
  ['bad-id', 'invalid-id', 30, 3],
  ['bad-kind', 'schema', 31, 11],
  ['bad-month', 'schema', 6, 10],
  ['cel-compound-state', 'compound-state', 46, 25],
  ['cel-not-bool', 'cel-type', 46, 11],
  ['cel-syntax', 'cel-syntax', 41, 35],
  ['cel-type-mismatch', 'cel-type', 58, 11],
  ['cel-unknown-indicator', 'unknown-identifier', 41, 27],
  ['cel-unknown-state', 'unknown-state', 46, 25],
  ['cel-unknown-variable', 'unknown-identifier', 41, 16],
  ['chance-range', 'chance-range', 34, 13],
  ['clock-order', 'clock-order', 7, 8],
  ['drift-out-of-bounds', 'bounds', 17, 22],
  ['drift-rate', 'schema', 19, 13],
  ['duplicate-key', 'duplicate-id', 17, 3],
  ['duplicate-priority', 'duplicate-priority', 64, 15],
  ['duplicate-state', 'duplicate-id', 29, 11],
  ['effect-shape', 'schema', 36, 13],
  ['expr-not-text', 'schema', 63, 11],
  ['initial-out-of-bounds', 'bounds', 16, 14],
  ['min-above-max', 'bounds', 14, 10],
  ['missing-field', 'missing-field', 31, 5],
  ['move-without-actor', 'missing-field', 43, 5],
  ['nested-initial', 'unknown-initial', 25, 18],
  ['no-outcomes', 'no-outcomes', 55, 11],
  ['reserved-trigger', 'reserved-id', 42, 3],
  ['schedule-out-of-clock', 'date-range', 9, 11],
  ['schedule-unknown-trigger', 'unknown-reference', 10, 16],
  ['too-deep', 'too-deep', 3, 55],
  ['unknown-effect-indicator', 'unknown-reference', 36, 7],
  ['unknown-field', 'unknown-field', 34, 5],
  ['unknown-from-state', 'unknown-reference', 39, 15],
  ['unknown-initial', 'unknown-initial', 20, 14],
  ['unknown-source', 'unknown-reference', 33, 15],
  ['unknown-to-state', 'unknown-reference', 49, 13],
  ['unknown-transition-actor', 'unknown-reference', 38, 16],
  ['yaml-syntax', 'yaml-syntax', 3, 1],
];

describe('readScenario', () => {
  it('should accept the minimal valid scenario and compile every expression', () => {
    const { file, text } = fixture('valid', 'minimal');
    const checked = readScenario(file, text);
    expect(checked.scenario.id).toBe('minimal');
    expect([...checked.exprs.keys()].sort()).toEqual([
      'invariants.risk_bounds',
      'outcomes.calm_end.rule',
      'outcomes.crisis.rule',
      'triggers.deadline.effects.risk.set',
      'triggers.shock.chance',
      'triggers.shock.effects.risk.add',
      'triggers.shock.transitions[0].guard',
      'triggers.speak.when',
    ]);
    expect(checked.exprs.get('triggers.shock.transitions[0].guard')?.reads).toEqual(['indicators.risk']);
  });

  it('should give the same fingerprint for the same content and a new one after an edit', () => {
    const { file, text } = fixture('valid', 'minimal');
    const a = readScenario(file, text).fingerprint;
    expect(readScenario(file, `# a comment\n${text}`).fingerprint).toBe(a);
    expect(readScenario(file, text.replace('initial: 50', 'initial: 51')).fingerprint).not.toBe(a);
  });

  it.each(INVALID)('should reject %s with reason %s at line %i, column %i', (name, code, line, column) => {
    const { file, text } = fixture('invalid', name);
    const [first] = diagnosticsOf(file, text);
    expect(first).toMatchObject({ file, code, line, column });
    expect(first?.hint, 'every error says how to fix it').toBeTruthy();
  });

  it('should cover at least 25 invalid fixtures', () => {
    expect(INVALID.length).toBeGreaterThanOrEqual(25);
  });

  it('should suggest the nearest id for a misspelt reference', () => {
    const { file, text } = fixture('invalid', 'unknown-to-state');
    expect(diagnosticsOf(file, text)[0]).toMatchObject({
      message: 'actor "gov" has no state "lound"',
      hint: 'did you mean "loud"?',
      path: 'triggers.speak.transitions[0].to',
    });
  });

  it('should suggest the field name for an unknown field', () => {
    const { file, text } = fixture('invalid', 'unknown-field');
    expect(diagnosticsOf(file, text)[0]).toMatchObject({ message: 'unknown field "chanse"', hint: 'did you mean "chance"?' });
  });

  it('should say a number is infinite or .nan, with a fix, not "the wrong shape"', () => {
    const { file, text } = fixture('valid', 'minimal');
    for (const [written, message] of [
      ['1e400', 'this number is infinite (.inf, or too large, as 1e400 is)'],
      ['-.inf', 'this number is minus infinite (.inf, or too large, as 1e400 is)'],
      ['.nan', 'this value is .nan, not a number'],
    ]) {
      const found = diagnosticsOf(file, text.replace('initial: 50', `initial: ${written}`));
      expect(found[0], written).toMatchObject({ code: 'schema', message, hint: 'write a finite number, e.g. 50', path: 'indicators.risk.initial' });
    }
  });

  it('should report every problem at once, sorted by position', () => {
    const { file, text } = fixture('valid', 'minimal');
    const broken = text
      .replace('sources: [A]', 'sources: [B]')
      .replace('to: loud', 'to: lound')
      .replace('rule: actors.gov == "calm"', 'rule: actors.gvo == "calm"');
    const found = diagnosticsOf(file, broken);
    expect(found.map((d) => d.code)).toEqual(['unknown-reference', 'unknown-reference', 'unknown-identifier']);
    expect(found.map((d) => d.line)).toEqual([...found.map((d) => d.line)].sort((a, b) => a - b));
  });

  it('should refuse a file over the size limit before parsing it', () => {
    const [d] = diagnosticsOf('big.yaml', `id: big\nsummary: "${'x'.repeat(MAX_FILE_BYTES)}"\n`);
    expect(d).toMatchObject({ code: 'file-too-large', line: 1 });
  });

  it('should accept int and double mixed in arithmetic and comparisons', () => {
    const { file, text } = fixture('valid', 'minimal');
    const mixed = text.replace('guard: indicators.risk >= 70', 'guard: "indicators.risk * 2 - 10 >= 130 && month == 0 && min(indicators.risk, 3) < 5"');
    expect(() => readScenario(file, mixed)).not.toThrow();
  });
});
