// Finds and reads an exercise file and the scenario it runs, checking one against the other.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import { listYamlNames } from '../core/listYamlNames.js';
import { didYouMean } from '../core/suggest.js';
import { readBounded } from '../files/readBounded.js';
import type { Exercise } from './exerciseSchema.js';
import { loadScenario, SCENARIO_DIR } from './loadScenario.js';
import { checkExerciseReferences, readExerciseShape } from './readExercise.js';
import type { CheckedScenario } from './readScenario.js';

/** The folder of shipped exercises. */
export const EXERCISE_DIR = join(SCENARIO_DIR, 'exercises');

/** A loaded exercise with its scenario. */
export type LoadedExercise = { readonly exercise: Exercise; readonly file: string; readonly fingerprint: string; readonly scenario: CheckedScenario };

/** Names of the shipped exercises. */
export function listExerciseNames(): string[] {
  return listYamlNames(EXERCISE_DIR);
}

/** Loads an exercise by shipped name or path; its `scenario` is a shipped name or a path relative to the exercise. */
export function loadExercise(nameOrPath: string): LoadedExercise {
  let path = nameOrPath;
  if (!nameOrPath.includes('/') && !nameOrPath.endsWith('.yaml')) {
    path = join(EXERCISE_DIR, `${nameOrPath}.yaml`);
    if (!existsSync(path)) throw new UserError(`unknown exercise "${nameOrPath}"`, didYouMean(nameOrPath, listExerciseNames(), 'exercise'));
  } else if (!existsSync(path)) throw new UserError(`exercise file not found: ${nameOrPath}`, 'check the path');
  const file = relative(process.cwd(), path) || path;
  const text = readBounded(path, 'exercise');
  const { exercise, source } = readExerciseShape(file, text);
  const target = exercise.scenario.includes('/') || exercise.scenario.endsWith('.yaml') ? resolve(dirname(path), exercise.scenario) : exercise.scenario;
  const scenario = loadScenario(target);
  checkExerciseReferences(exercise, source, scenario.scenario);
  return { exercise, file, scenario, fingerprint: createHash('sha256').update(JSON.stringify(exercise)).digest('hex').slice(0, 16) };
}
