import { describe, expect, it } from 'vitest';
import { type Diagnostic, ScenarioError } from '../../src/core/errors.js';
import { listExerciseNames, loadExercise } from '../../src/scenario/loadExercise.js';

const diagnosticsOf = (file: string): Diagnostic[] => {
  try {
    loadExercise(file);
  } catch (e) {
    if (e instanceof ScenarioError) return [...e.diagnostics];
    throw e;
  }
  throw new Error(`${file} was accepted`);
};

// [fixture, reason code, line, column, message]
const INVALID: [string, string, number, number, string][] = [
  ['date-outside-clock', 'date-range', 29, 9, "2026-02 is outside the scenario's clock (2025-01 to 2025-06)"],
  ['decision-not-owned', 'not-owned', 32, 15, '"sign_agreement" is not a move of role "host"'],
  ['duplicate-id', 'duplicate-id', 24, 9, 'id "attack" is used twice (also by inject 1)'],
  ['missing-briefing', 'missing-field', 1, 1, 'missing required field "briefing"'],
  ['unknown-inject-trigger', 'unknown-reference', 20, 11, 'unknown trigger "atack"'],
  ['unknown-question-role', 'unknown-reference', 22, 23, 'unknown role "hots"'],
  ['unknown-role-actor', 'unknown-reference', 13, 14, 'unknown actor "foriegn"'],
  ['unknown-source', 'unknown-reference', 21, 15, 'unknown source "S9" (sources come from the scenario)'],
  ['unknown-months-rule', 'schema', 6, 9, 'expected one of: scripted, rolled'],
];

describe('loadExercise', () => {
  it('should load a valid exercise with its scenario', () => {
    const loaded = loadExercise('test/fixtures/exercises/valid.yaml');
    expect(loaded.exercise.id).toBe('drill');
    expect(loaded.scenario.scenario.id).toBe('base-closure');
  });

  it.each(INVALID)('should reject %s with %s at line %i, column %i', (name, code, line, column, message) => {
    const file = `test/fixtures/exercises/invalid/${name}.yaml`;
    expect(diagnosticsOf(file)[0]).toMatchObject({ file, code, line, column, message });
  });

  it('should list the legal moves when a decision offers a move the role does not own', () => {
    expect(diagnosticsOf('test/fixtures/exercises/invalid/decision-not-owned.yaml')[0]?.hint).toBe("the role's moves: go_public, or pass");
  });
});

describe('the shipped exercises', () => {
  it('should ship harir-countdown and a shorter class', () => {
    expect(listExerciseNames()).toEqual(['harir-countdown', 'harir-in-45']);
  });

  it('should give harir-countdown four roles, 8–12 cited injects, three prompts and a bilingual briefing', () => {
    const { exercise } = loadExercise('harir-countdown');
    expect(Object.keys(exercise.roles)).toEqual(['washington', 'baghdad', 'erbil', 'framework']);
    expect(exercise.roles.framework?.actors).toEqual(['framework', 'factions']);
    expect(exercise.injects.length).toBeGreaterThanOrEqual(8);
    expect(exercise.injects.length).toBeLessThanOrEqual(12);
    for (const inj of exercise.injects) expect(inj.sources?.length, inj.id).toBeGreaterThan(0);
    expect(exercise.predictions).toHaveLength(3);
    expect(exercise.briefing).toMatchObject({ en: expect.any(String), ar: expect.stringContaining('أيلول') });
  });

  it('should make the 45-minute class shorter', () => {
    const { exercise } = loadExercise('harir-in-45');
    expect(exercise.duration).toContain('45 minutes');
    expect(exercise.injects.length).toBeLessThan(loadExercise('harir-countdown').exercise.injects.length);
  });
});
