// Speed of model checking: proving the shipped scenario's reachability findings, and how check scales with the number of triggers.
import { readFileSync } from 'node:fs';
import { checkModel } from '../src/analysis/checkModel.js';
import { overApproximate } from '../src/analysis/overApproximate.js';
import { compileScenario } from '../src/engine/compileScenario.js';
import { createKernel } from '../src/engine/kernel/createKernel.js';
import { readScenario } from '../src/scenario/readScenario.js';
import { median, row } from './report.js';

/** A valid scenario with `n` triggers, each with a precondition, a chance, an effect and a guarded transition. */
function manyTriggers(n: number): string {
  const out = ['id: many', 'title: Many triggers', 'clock: { start: 2025-01, end: 2025-06 }', 'indicators:'];
  for (let i = 0; i < 5; i++) out.push(`  i${i}: { label: I${i}, min: 0, max: 100, initial: 50 }`);
  out.push('actors:', '  a:', '    label: A', '    initial: s0', '    states: { s0: { label: S0 }, s1: { label: S1 } }', 'triggers:');
  for (let t = 0; t < n; t++)
    out.push(
      `  t${t}:`,
      '    kind: exogenous',
      `    label: T${t}`,
      '    chance: 0.01',
      `    when: indicators.i${t % 5} > ${t % 100}.0`,
      `    effects: { i${(t + 1) % 5}: { add: 1 } }`,
      `    transitions: [{ actor: a, to: s${t % 2}, guard: indicators.i${t % 5} < 90.0 }]`,
    );
  out.push('outcomes:', '  x: { label: X, rule: \'actors.a == "s1"\', priority: 1 }', "  y: { label: Y, rule: 'true', priority: 2 }");
  return `${out.join('\n')}\n`;
}

/** CPU seconds to read, compile and check a scenario text with a small state budget. */
function checkSeconds(text: string): number {
  const t = process.cpuUsage();
  const kernel = createKernel(compileScenario(readScenario('many.yaml', text)));
  checkModel(kernel, { buckets: 'auto', maxStates: 2_000, start: null });
  const used = process.cpuUsage(t);
  return (used.user + used.system) / 1e6;
}

/** Prints the model-checking figures. */
export function benchModelCheck(): void {
  const file = 'scenarios/iraq-coalition.yaml';
  const kernel = createKernel(compileScenario(readScenario(file, readFileSync(file, 'utf8'))));
  checkModel(kernel, { buckets: 3, maxStates: 10_000, start: null });
  // What `statecraft check` does by default: settle every reachability question (found with a witness, or proven impossible).
  const t = performance.now();
  const cpu = process.cpuUsage();
  const r = checkModel(kernel, { buckets: 'auto', maxStates: 300_000, start: null });
  const used = process.cpuUsage(cpu);
  const ms = (used.user + used.system) / 1000;
  const wall = performance.now() - t;
  const { questions, found, proven, open } = r.settled;
  // Unsettled questions are not proven: the figure only counts when every question is settled.
  row(
    "check: prove the shipped scenario's reachability findings",
    `${(ms / 1000).toFixed(2)} s`,
    '≤ 2 s CPU',
    open === 0 ? ms / 2000 : Number.POSITIVE_INFINITY,
  );
  console.log(`${'  (wall clock, on this machine now)'.padEnd(44)} ${`${(wall / 1000).toFixed(2)} s`.padStart(12)}`);
  console.log(
    `${'check: reachability questions settled'.padEnd(44)} ${`${questions - open} of ${questions}`.padStart(12)}   (${found} found with witnesses, ${proven} proven impossible; ${r.how})`,
  );
  const invariants = r.invariants.map((i) => `${i.id} ${i.status} (${i.grounds})`).join(', ');
  console.log(`${'check: invariants'.padEnd(44)} ${String(r.invariants.length).padStart(12)}   (${invariants})`);
  const a = performance.now();
  for (let i = 0; i < 20; i++) overApproximate(kernel.ir);
  const approxMs = (performance.now() - a) / 20;
  console.log(`${'check: over-approximation fixpoint'.padEnd(44)} ${`${approxMs.toFixed(1)} ms`.padStart(12)}   (${r.rounds} rounds)`);
  const small = median([1, 2, 3].map(() => checkSeconds(manyTriggers(1000))));
  const large = median([1, 2, 3].map(() => checkSeconds(manyTriggers(2000))));
  row('check: 2,000 vs 1,000 triggers (time ratio)', `${(large / small).toFixed(2)}×`, '≤ 2.5×', large / small / 2.5);
}
