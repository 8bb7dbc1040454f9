// `statecraft check`: validates a scenario, then explores every reachable state and reports what never happens and what breaks.
import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { type CheckOptions, checkModel } from '../analysis/checkModel.js';
import { ScenarioError, UsageError } from '../core/errors.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import { compileScenario } from '../engine/compileScenario.js';
import { createKernel } from '../engine/kernel/createKernel.js';
import { counterexampleScript } from '../report/counterexampleScript.js';
import { textOf } from '../report/textOf.js';
import { listScenarioNames, loadScenario } from '../scenario/loadScenario.js';
import { parseInteger } from './parseNumber.js';

export type CheckCommandOptions = { exact?: boolean; buckets?: string; maxStates: string; strict?: boolean; format: string; counterexamples: string };

/** Exit 0 when clean (or only warnings without --strict), 1 on errors. */
export function checkCommand(scenarioArg: string | undefined, o: CheckCommandOptions, write: (s: string) => void): number {
  if (o.exact && o.buckets !== undefined) throw new UsageError('give --exact or --buckets, not both');
  let checked: ReturnType<typeof loadScenario>;
  try {
    checked = loadScenario(scenarioArg);
  } catch (e) {
    if (o.format !== 'json' || !(e instanceof ScenarioError)) throw e;
    write(`${JSON.stringify({ scenario: null, file: e.diagnostics[0]?.file ?? scenarioArg ?? null, ok: false, diagnostics: e.diagnostics }, null, 2)}\n`);
    return 1;
  }
  const ir = compileScenario(checked);
  const options: CheckOptions = {
    buckets: o.exact ? 'exact' : o.buckets !== undefined ? parseInteger('--buckets', o.buckets, 1, 100) : 'auto',
    maxStates: parseInteger('--max-states', o.maxStates, 1, 20_000_000),
    start: null,
  };
  const started = performance.now();
  const report = checkModel(createKernel(ir), options);
  const seconds = (performance.now() - started) / 1000;
  const errors = report.findings.filter((f) => f.severity === 'error');
  const warnings = report.findings.filter((f) => f.severity === 'warning');
  const scripts: string[] = [];
  for (const f of errors) {
    if (!f.steps) continue;
    const file = join(o.counterexamples, `${ir.id}.${f.subject ?? f.code}.yaml`);
    mkdirSync(dirname(file), { recursive: true });
    const scenario = listScenarioNames().includes(scenarioArg ?? ir.id) ? ir.id : relative(dirname(resolve(file)), resolve(checked.source.file));
    writeFileAtomic(file, counterexampleScript(scenario, `Counterexample: ${f.message}.`, f.steps));
    scripts.push(file);
  }
  const exploration = `${report.states.toLocaleString('en-US')} states, ${report.mode === 'exact' ? 'exact indicator values' : `indicators in ${report.buckets} buckets each`}, ${report.complete ? 'complete' : 'BOUNDED: stopped at --max-states, so some states were not explored'}`;
  if (o.format === 'json') {
    write(
      `${JSON.stringify({ scenario: ir.id, file: checked.source.file, ...report, seconds: Math.round(seconds * 100) / 100, counterexamples: scripts }, null, 2)}\n`,
    );
  } else {
    const states = ir.actors.reduce((n, a) => n + a.states.length, 0);
    const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const lines = [
      `${errors.length === 0 ? 'ok' : 'FAILED'}: ${checked.source.file}: ${textOf(ir.title)} — ${count(ir.actors.length, 'actor')} (${count(states, 'state')}), ` +
        `${count(ir.indicators.length, 'indicator')}, ${count(ir.triggers.length, 'trigger')}, ${count(ir.outcomes.length, 'outcome')}, ` +
        `${count(ir.invariants.length, 'invariant')}, ${count(ir.months + 1, 'month')} (${ir.scenario.clock.start} to ${ir.scenario.clock.end})`,
      `explored ${exploration} in ${seconds.toFixed(1)} s`,
    ];
    for (const f of [...errors, ...warnings]) {
      lines.push(`${f.severity}[${f.code}]: ${f.message}${f.steps ? `\n  steps: ${f.steps.join(', ') || '(at the start)'}` : ''}`);
    }
    for (const s of scripts) lines.push(`counterexample written to ${s} (replay: statecraft run --script ${s})`);
    if (report.mode === 'bucketed')
      lines.push(
        'note: states alike in actor states, date, outcome and indicator buckets are explored once, so a rare state can be missed (use --exact or more --buckets); every sequence shown is real.',
      );
    write(`${lines.join('\n')}\n`);
  }
  if (errors.length > 0) return 1;
  return o.strict && warnings.length > 0 ? 1 : 0;
}
