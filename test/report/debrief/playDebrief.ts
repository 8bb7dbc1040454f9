// Test helper: plays an exercise script in-process and returns its debrief, as `statecraft debrief` would build it.
import { compileScenario } from '../../../src/engine/compileScenario.js';
import { createStepper } from '../../../src/engine/createStepper.js';
import { createKernel } from '../../../src/engine/kernel/createKernel.js';
import { applyEntry, type ExerciseRun, startExercise } from '../../../src/exercise/exerciseRun.js';
import { buildDebrief, type Debrief } from '../../../src/report/debrief/buildDebrief.js';
import { loadExercise } from '../../../src/scenario/loadExercise.js';
import { loadExerciseScript } from '../../../src/scenario/loadExerciseScript.js';

/** Plays `script` (or its first `steps` entries) on the exercise and builds the debrief with `runs` runs per point. */
export function playDebrief(
  exercise: string,
  script: string,
  o: { lang?: string; runs?: number; steps?: number } = {},
): { run: ExerciseRun; debrief: Debrief } {
  const loaded = loadExercise(exercise);
  const ir = compileScenario(loaded.scenario);
  let run = startExercise(loaded.exercise, createStepper(ir), 1);
  for (const { entry } of loadExerciseScript(script).slice(0, o.steps)) run = applyEntry(run, entry);
  return { run, debrief: buildDebrief(run, createKernel(ir), o.runs ?? 400, o.lang ?? 'en') };
}
