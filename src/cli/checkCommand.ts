import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { type CheckOptions, type CheckReport, checkModel } from '../analysis/checkModel.js';
import { ScenarioError, UsageError } from '../core/errors.js';
import { commandLine, fileWord } from '../core/shellQuote.js';
import { compileScenario } from '../engine/compileScenario.js';
import { createKernel } from '../engine/kernel/createKernel.js';
import { checkOutput, checkOutputDir, createOutputDir } from '../files/checkOutput.js';
import { counterexampleScript } from '../report/counterexampleScript.js';
import { textOf } from '../report/textOf.js';
import { listScenarioNames, loadScenario } from '../scenario/loadScenario.js';
import { locate } from '../scenario/parseSource.js';
import { parseInteger } from './parseNumber.js';

export type CheckCommandOptions = {
  exact?: boolean;
  buckets?: string;
  maxStates: string;
  strict?: boolean;
  witnesses?: boolean;
  format: string;
  counterexamples: string;
};

/** Exit 0 when clean (or only warnings without --strict; notes never fail), 1 on errors. */
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
  checkOutputDir(o.counterexamples, '--counterexamples');
  const ir = compileScenario(checked);
  const options: CheckOptions = {
    buckets: o.exact ? 'exact' : o.buckets !== undefined ? parseInteger('--buckets', o.buckets, 1, 100) : 'auto',
    maxStates: parseInteger('--max-states', o.maxStates, 1, 20_000_000),
    start: null,
    locate: (path) => {
      const pos = locate(checked.source, path);
      return `${checked.source.file}:${pos.line}:${pos.column}`;
    },
  };
  const report = checkModel(createKernel(ir), options);
  const errors = report.findings.filter((f) => f.severity === 'error');
  const warnings = report.findings.filter((f) => f.severity === 'warning');
  const notes = report.findings.filter((f) => f.severity === 'note');
  const scripts: string[] = [];
  const withSteps = errors.filter((f) => f.steps);
  const fileOf = (f: (typeof errors)[number]) => join(o.counterexamples, `${ir.id}.${f.subject ?? f.code}.yaml`);
  // Every script is checked before any is written (none replaces a file of the user's own), and again when written.
  const rules = { flag: '--counterexamples', kind: 'script', inputs: [checked.source.file] } as const;
  const writers = new Map(withSteps.filter((f) => existsSync(fileOf(f))).map((f) => [fileOf(f), checkOutput(fileOf(f), rules)]));
  for (const f of withSteps) {
    if (!f.steps) continue;
    const file = fileOf(f);
    createOutputDir(dirname(file));
    const scenario = listScenarioNames().includes(scenarioArg ?? ir.id) ? ir.id : relative(dirname(resolve(file)), resolve(checked.source.file));
    (writers.get(file) ?? checkOutput(file, rules)).write(counterexampleScript(scenario, `Counterexample: ${f.message}.`, f.steps));
    scripts.push(file);
  }
  const exploration = `${report.how}${report.exhaustive ? '' : report.complete ? ' (every bucket reached; not a proof)' : ''}; over-approximation: fixpoint in ${report.rounds} rounds`;
  if (o.format === 'json') {
    write(`${JSON.stringify({ scenario: ir.id, file: checked.source.file, ...report, counterexamples: scripts }, null, 2)}\n`);
  } else {
    const states = ir.actors.reduce((n, a) => n + a.states.length, 0);
    const lines = [
      `${errors.length === 0 ? 'ok' : 'FAILED'}: ${checked.source.file}: ${textOf(ir.title)} — ${count(ir.actors.length, 'actor')} (${count(states, 'state')}), ` +
        `${count(ir.indicators.length, 'indicator')}, ${count(ir.triggers.length, 'trigger')}, ${count(ir.outcomes.length, 'outcome')}, ` +
        `${count(ir.invariants.length, 'invariant')}, ${count(ir.months + 1, 'month')} (${ir.scenario.clock.start} to ${ir.scenario.clock.end})`,
      exploration,
      settledLine(report),
      invariantsLine(report),
    ];
    if (o.witnesses) lines.push(...answerLines(report));
    for (const f of [...errors, ...warnings, ...notes]) {
      lines.push(`${f.at ? `${f.at}: ` : ''}${f.severity}[${f.code}]: ${f.message}${f.steps ? `\n  steps: ${f.steps.join(', ') || '(at the start)'}` : ''}`);
    }
    for (const s of scripts) lines.push(`counterexample written to ${s} (replay: ${commandLine(['statecraft', 'run', '--script', fileWord(s)])})`);
    if (notes.length > 0)
      lines.push(
        `${notes.length} note${notes.length === 1 ? '' : 's'}: not reached here is not proven impossible (the search was ${report.exhaustive ? '' : 'not '}exhaustive); try a larger --max-states, or --exact. Warnings are proven; every sequence shown replays.`,
      );
    write(`${lines.join('\n')}\n`);
  }
  if (errors.length > 0) return 1;
  return o.strict && warnings.length > 0 ? 1 : 0;
}

const count = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** "all N reachability questions settled: …", or how many are still open. */
function settledLine(r: CheckReport): string {
  const { questions, found, proven, open } = r.settled;
  const n = (x: number) => x.toLocaleString('en-US');
  const how = `${n(found)} found with witnesses, ${n(proven)} proven impossible`;
  if (open === 0) return `reachability: all ${count(questions, 'question')} settled: ${how}`;
  return `reachability: ${n(questions - open)} of ${count(questions, 'question')} settled (${how}); ${n(open)} not reached in this exploration (not proven either way)`;
}

/** How many invariants are broken, proven to hold (and how), or only not broken in the states explored. */
function invariantsLine(r: CheckReport): string {
  if (r.invariants.length === 0) return 'invariants: none declared';
  const n = (s: string) => r.invariants.filter((i) => i.status === s).length;
  const how = [
    ...new Set(r.invariants.filter((i) => i.status === 'proven').map((i) => (i.grounds === 'exhaustive' ? 'exhaustive exact search' : 'over-approximation'))),
  ];
  const proven = `${n('proven') === r.invariants.length && n('proven') > 1 ? `all ${n('proven')}` : n('proven')} proven to hold (${how.join(', ')})`;
  const parts = [
    n('broken') > 0 ? `${n('broken')} broken (errors below)` : '',
    n('proven') > 0 ? proven : '',
    n('unbroken') > 0 ? `${n('unbroken')} not broken in the states explored (not proven: --exact with a larger --max-states searches further)` : '',
  ];
  return `invariants: ${parts.filter(Boolean).join('; ')}`;
}

/** A question in words: "actor us in state departed", "outcome full_exit decided", … */
function phrase(a: CheckReport['questions'][number]): string {
  if (a.kind === 'state') return `actor ${a.subject.replace('=', ' in state ')}`;
  if (a.kind === 'outcome') return `outcome ${a.subject} decided`;
  if (a.kind === 'trigger') return `trigger ${a.subject} fires`;
  return a.kind === 'undecided' ? 'a run ends undecided' : 'an evaluation error stops a run';
}

/** One line per reachability question, with its witness or its proof (--witnesses). */
function answerLines(r: CheckReport): string[] {
  return r.questions.map((a) => {
    if (a.status === 'found') return `  found:  ${phrase(a)}\n    steps: ${a.steps?.join(', ') || '(at the start)'}`;
    if (a.status === 'proven') return `  proven impossible: ${phrase(a)} (${a.grounds === 'exhaustive' ? 'exhaustive exact search' : 'over-approximation'})`;
    return `  open:   ${phrase(a)}: not reached in this exploration, not proven either way`;
  });
}
