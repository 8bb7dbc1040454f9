// Loads and compiles a scenario for a command: the one place the CLI does it.
import { compileScenario } from '../engine/compileScenario.js';
import { createStepper, type Stepper } from '../engine/createStepper.js';
import { loadScenario } from '../scenario/loadScenario.js';

/** Loads, checks and compiles a scenario by name or path, and builds its stepper; `file` is the path it was read from. */
export function openScenario(nameOrPath: string | undefined): { stepper: Stepper; file: string } {
  const checked = loadScenario(nameOrPath);
  return { stepper: createStepper(compileScenario(checked)), file: checked.source.file };
}
