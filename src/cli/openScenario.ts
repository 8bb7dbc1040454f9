// Loads and compiles a scenario for a command: the one place the CLI does it.
import { compileScenario } from '../engine/compileScenario.js';
import { createStepper, type Stepper } from '../engine/createStepper.js';
import { loadScenario } from '../scenario/loadScenario.js';

/** Loads, checks and compiles a scenario by name or path, and builds its stepper. */
export function openScenario(nameOrPath: string | undefined): Stepper {
  return createStepper(compileScenario(loadScenario(nameOrPath)));
}
