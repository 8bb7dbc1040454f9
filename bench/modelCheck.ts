// Speed of model checking: an exhaustive exploration of the shipped scenario.
import { readFileSync } from 'node:fs';
import { checkModel } from '../src/analysis/checkModel.js';
import { compileScenario } from '../src/engine/compileScenario.js';
import { createKernel } from '../src/engine/kernel/createKernel.js';
import { readScenario } from '../src/scenario/readScenario.js';
import { row } from './report.js';

/** Prints the model-checking figures. */
export function benchModelCheck(): void {
  const file = 'scenarios/iraq-coalition.yaml';
  const kernel = createKernel(compileScenario(readScenario(file, readFileSync(file, 'utf8'))));
  checkModel(kernel, { buckets: 3, maxStates: 10_000, start: null });
  const t = performance.now();
  const r = checkModel(kernel, { buckets: 'auto', maxStates: 300_000, start: null });
  const ms = performance.now() - t;
  row('check: exhaustive exploration, shipped scenario', `${(ms / 1000).toFixed(2)} s`, '≤ 2 s', ms / 2000);
  console.log(
    `${'check: states explored'.padEnd(44)} ${r.states.toLocaleString('en-US').padStart(12)}   (${r.mode}${r.buckets ? `, ${r.buckets} buckets` : ''}, ${r.complete ? 'complete' : 'bounded'}; ${Math.round(r.states / (ms / 1000)).toLocaleString('en-US')} states/s)`,
  );
}
