// `statecraft check`: validates a scenario and prints "ok" with a summary, or every error.
import { compileScenario } from '../engine/compileScenario.js';
import { textOf } from '../report/textOf.js';
import { loadScenario } from '../scenario/loadScenario.js';

/** Checks the scenario; errors are thrown as ScenarioError. */
export function checkCommand(scenarioArg: string | undefined, write: (s: string) => void): number {
  const checked = loadScenario(scenarioArg);
  const ir = compileScenario(checked);
  const states = ir.actors.reduce((n, a) => n + a.states.length, 0);
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  write(
    `ok: ${checked.source.file}: ${textOf(ir.title)} — ${count(ir.actors.length, 'actor')} (${count(states, 'state')}), ` +
      `${count(ir.indicators.length, 'indicator')}, ${count(ir.triggers.length, 'trigger')}, ${count(ir.outcomes.length, 'outcome')}, ` +
      `${count(ir.invariants.length, 'invariant')}, ${count(ir.months + 1, 'month')} (${ir.scenario.clock.start} to ${ir.scenario.clock.end})\n`,
  );
  return 0;
}
