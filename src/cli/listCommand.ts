// `statecraft list`: the shipped scenarios with their titles.
import { ScenarioError } from '../core/errors.js';
import { textOf } from '../report/textOf.js';
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
  return 0;
}
