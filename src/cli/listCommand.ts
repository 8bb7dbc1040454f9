// `statecraft list`: the shipped scenarios with their titles.
import { ScenarioError } from '../core/errors.js';
import { textOf } from '../report/textOf.js';
import { listExerciseNames, loadExercise } from '../scenario/loadExercise.js';
import { listScenarioNames, loadScenario } from '../scenario/loadScenario.js';

/** Lists shipped scenarios; a broken one is shown as such, not hidden. */
export function listCommand(write: (s: string) => void): number {
  const names = listScenarioNames();
  const width = Math.max(0, ...names.map((n) => n.length));
  for (const name of names) {
    let title: string;
    try {
      title = textOf(loadScenario(name).scenario.title);
    } catch (e) {
      title = e instanceof ScenarioError ? `(invalid: ${e.message}; run "statecraft check ${name}")` : '(unreadable)';
    }
    write(`${name.padEnd(width)}  ${title}\n`);
  }
  const exercises = listExerciseNames();
  if (exercises.length > 0) {
    write('\nexercises (statecraft exercise NAME):\n');
    const w = Math.max(...exercises.map((n) => n.length));
    for (const name of exercises) {
      let title: string;
      try {
        const loaded = loadExercise(name);
        title = `${textOf(loaded.exercise.title)}${loaded.exercise.duration ? ` (${loaded.exercise.duration})` : ''}`;
      } catch (e) {
        title = e instanceof ScenarioError ? `(invalid: ${e.message})` : '(unreadable)';
      }
      write(`${name.padEnd(w)}  ${title}\n`);
    }
  }
  return 0;
}
