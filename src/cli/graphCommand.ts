// `statecraft graph`: the statecharts as Mermaid, Graphviz DOT, or the XState machine config as JSON.
import { compileScenario } from '../engine/compileScenario.js';
import { createStepper } from '../engine/createStepper.js';
import { machineConfig } from '../engine/machineConfig.js';
import { formatDot, formatMermaid } from '../report/formatGraph.js';
import { readSessionFile } from '../report/sessionStore.js';
import { loadScenario } from '../scenario/loadScenario.js';

/** Prints the diagram; `--from` highlights a session's current states. */
export function graphCommand(scenarioArg: string | undefined, o: { format: string; from?: string }, write: (s: string) => void): number {
  const ir = compileScenario(loadScenario(scenarioArg));
  const current = o.from ? readSessionFile(o.from, createStepper(ir)).cursor.world : null;
  if (o.format === 'json') write(`${JSON.stringify(machineConfig(ir), null, 2)}\n`);
  else if (o.format === 'dot') write(formatDot(ir, current));
  else write(formatMermaid(ir, current));
  return 0;
}
