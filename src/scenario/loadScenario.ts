// Finds and reads a scenario file from disk: a path, or the name of a shipped scenario.
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../core/errors.js';
import { listYamlNames } from '../core/listYamlNames.js';
import { didYouMean } from '../core/suggest.js';
import { readBounded } from '../files/readBounded.js';
import { type CheckedScenario, readScenario } from './readScenario.js';

/** The folder of shipped scenarios. */
export const SCENARIO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../scenarios');
/** The scenario opened when none is named. */
export const DEFAULT_SCENARIO = 'iraq-coalition';

/** Names of the shipped scenarios (file names without `.yaml`). */
export function listScenarioNames(): string[] {
  return listYamlNames(SCENARIO_DIR);
}

/** Resolves a name or path to a file path; unknown names get the nearest shipped ones. */
export function resolveScenarioPath(nameOrPath: string | undefined): string {
  const name = nameOrPath ?? DEFAULT_SCENARIO;
  if (name.includes('/') || name.endsWith('.yaml') || name.endsWith('.yml')) {
    if (!existsSync(name)) throw new UserError(`scenario file not found: ${name}`, 'check the path, or run "statecraft list" for the shipped scenarios');
    return name;
  }
  const shipped = join(SCENARIO_DIR, `${name}.yaml`);
  if (existsSync(shipped)) return shipped;
  // A bare name that is not shipped but is there on disk (a file, or a folder given by mistake) is read as a path, and refused for what it is.
  if (existsSync(name)) return name;
  const names = listScenarioNames();
  throw new UserError(`unknown scenario "${name}"`, `${didYouMean(name, names, 'scenario')} ("statecraft list" shows them all)`);
}

/** Loads and checks a scenario; the file name in messages is relative to the working directory. */
export function loadScenario(nameOrPath?: string): CheckedScenario {
  const path = resolveScenarioPath(nameOrPath);
  const shown = relative(process.cwd(), path) || path;
  return readScenario(shown, readBounded(shown === path ? path : path, 'scenario'));
}
