// Loads and compiles a scenario for a command: the one place the CLI does it.
import { compileScenario } from '../engine/compileScenario.js';
import { createStepper, type Stepper } from '../engine/createStepper.js';
import { applyOverrides } from '../scenario/applyOverrides.js';
import { loadScenario } from '../scenario/loadScenario.js';

/**
 * Loads, checks and compiles a scenario by name or path, and builds its stepper; `file` is the path it was read from.
 * With `sets` (`--set` what-ifs), `stepper` plays the scenario with them and `written` the scenario as written.
 */
export function openScenario(nameOrPath: string | undefined, sets: readonly string[] = []): { stepper: Stepper; written: Stepper; file: string } {
  const checked = loadScenario(nameOrPath);
  const written = createStepper(compileScenario(checked));
  const stepper = sets.length === 0 ? written : createStepper(compileScenario(applyOverrides(checked, sets)));
  return { stepper, written, file: checked.source.file };
}
