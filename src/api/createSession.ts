// A session on a scenario in one call: load (by name, path or checked scenario), compile, start.
import { compileScenario } from '../engine/compileScenario.js';
import { createStepper } from '../engine/createStepper.js';
import { type Session, startSession } from '../engine/session.js';
import { loadScenario } from '../scenario/loadScenario.js';
import type { CheckedScenario } from '../scenario/readScenario.js';

/** Starts a session on a shipped scenario name, a .yaml path, or a scenario already loaded; `seed` fixes every rolled month. */
export function createSession(scenario: string | CheckedScenario = 'iraq-coalition', seed = 1): Session {
  const checked = typeof scenario === 'string' ? loadScenario(scenario) : scenario;
  return startSession(createStepper(compileScenario(checked)), seed);
}
