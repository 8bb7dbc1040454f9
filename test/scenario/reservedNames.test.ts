import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { ScenarioError } from '../../src/core/errors.js';
import { readExerciseShape } from '../../src/scenario/readExercise.js';
import { readScenario } from '../../src/scenario/readScenario.js';
import { tiny } from '../helpers.js';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** Where ids live in a scenario: each edit puts NAME there as a key. */
// biome-ignore lint/suspicious/noExplicitAny: a scenario edited as plain YAML data
type Doc = Record<string, any>;

const PLACES: Record<string, (s: Doc, name: string) => void> = {
  indicator: (s, n) => {
    s.indicators[n] = { label: 'N', min: 0, max: 1, initial: 0 };
  },
  actor: (s, n) => {
    s.actors[n] = { label: 'N', initial: 'x', states: { x: { label: 'X' } } };
  },
  state: (s, n) => {
    s.actors.a.states.s1 = { label: 'S1', initial: 'inner', states: { inner: { label: 'I' }, [n]: { label: 'N' } } };
  },
  trigger: (s, n) => {
    s.triggers[n] = { kind: 'exogenous', label: 'N' };
  },
  outcome: (s, n) => {
    s.outcomes[n] = { label: 'N', rule: 'true', priority: 9 };
  },
  invariant: (s, n) => {
    s.invariants = { [n]: 'true' };
  },
  source: (s, n) => {
    s.sources = { [n]: 'A source' };
  },
  parameter: (s, n) => {
    s.parameters = { [n]: { chance: 0.1, rationale: 'r' } };
  },
  'effect key': (s, n) => {
    s.triggers.t.effects = { [n]: { add: 1 } };
  },
};

/** YAML text with `name` as a key, written by hand because `__proto__` cannot be set as a plain key. */
function withName(place: string, name: string): string {
  const s = parse(tiny({})) as Doc;
  PLACES[place]?.(s, 'PLACEHOLDER_NAME');
  return stringify(s).replace('PLACEHOLDER_NAME', name);
}

describe('names that JavaScript objects already carry', () => {
  for (const place of Object.keys(PLACES))
    it(`should refuse each as ${place} id with a positioned error`, () => {
      for (const name of NAMES) {
        const text = withName(place, name);
        const line = text.split('\n').findIndex((l) => l.trimStart().startsWith(`${name}:`)) + 1;
        expect(line, text).toBeGreaterThan(0);
        let error: unknown;
        try {
          readScenario('names.yaml', text);
        } catch (e) {
          error = e;
        }
        expect(error, `${place} ${name}`).toBeInstanceOf(ScenarioError);
        expect((error as ScenarioError).diagnostics[0]).toMatchObject({ line, code: 'reserved-id', message: `"${name}" cannot be used as a name` });
      }
    });

  it('should refuse them as exercise role names, positioned', () => {
    const exercise = (role: string) =>
      `id: drill\nscenario: ../../../scenarios/base-closure.yaml\ntitle: T\nobjectives: [O]\nbriefing: B\nroles:\n  ${role}:\n    label: R\n    actors: [host]\n    briefing: B\n`;
    for (const name of NAMES) {
      expect(() => readExerciseShape('test/fixtures/exercises/x.yaml', exercise(name))).toThrow(ScenarioError);
      try {
        readExerciseShape('test/fixtures/exercises/x.yaml', exercise(name));
      } catch (e) {
        expect((e as ScenarioError).diagnostics[0]).toMatchObject({ line: 7, column: 3, code: 'reserved-id' });
      }
    }
  });
});
