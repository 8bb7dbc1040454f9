// Reads a run script file with positions for every step.
import { readBounded } from '../files/readBounded.js';
import { checkShape } from './checkShape.js';
import { locate, parseSource } from './parseSource.js';
import { type Expectation, scriptSchema } from './scriptSchema.js';
import { parseStepWord, type ScriptStep } from './scriptStep.js';

/** A script ready to run. */
export type Script = {
  readonly file: string;
  readonly scenario: string | undefined;
  readonly seed: number | undefined;
  readonly steps: readonly ScriptStep[];
  readonly expect: { readonly expect: Expectation; readonly where: string } | undefined;
};

/** Reads and checks a script file. */
export function loadScript(file: string): Script {
  return readScript(file, readBounded(file, 'script'));
}

/** Checks script text. */
export function readScript(file: string, text: string): Script {
  const { source, value } = parseSource(file, text);
  const data = checkShape(source, scriptSchema, value ?? {});
  const where = (path: PropertyKey[]) => {
    const pos = locate(source, path);
    return `${file}:${pos.line}:${pos.column}`;
  };
  const steps = data.steps.map((s, i): ScriptStep => {
    const at = where(['steps', i]);
    if (typeof s === 'string') return parseStepWord(s, at);
    if ('advance' in s) return { kind: 'advance', months: s.advance, where: at };
    if ('roll' in s) return { kind: 'roll', months: s.roll, where: at };
    if ('fire' in s) return { kind: 'fire', trigger: s.fire, where: at };
    return { kind: 'expect', expect: s.expect, where: at };
  });
  return {
    file,
    scenario: data.scenario,
    seed: data.seed,
    steps,
    expect: data.expect ? { expect: data.expect, where: where(['expect']) } : undefined,
  };
}
