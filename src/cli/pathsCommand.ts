import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findPaths, type Target } from '../analysis/findPaths.js';
import { UsageError } from '../core/errors.js';
import { formatMonth } from '../core/month.js';
import { commandLine, fileWord } from '../core/shellQuote.js';
import { didYouMean } from '../core/suggest.js';
import { compileScenario } from '../engine/compileScenario.js';
import { createStepper } from '../engine/createStepper.js';
import { createKernel } from '../engine/kernel/createKernel.js';
import { checkOutput, checkOutputDir, createOutputDir } from '../files/checkOutput.js';
import { counterexampleScript } from '../report/counterexampleScript.js';
import { readSessionFile } from '../report/sessionStore.js';
import { listScenarioNames, loadScenario } from '../scenario/loadScenario.js';
import { parseInteger } from './parseNumber.js';

export type PathsOptions = { to: string; max: string; from?: string; maxStates: string; exact?: boolean; buckets?: string; outDir?: string; format: string };

/** Prints the paths (exit 0), or why none was found (exit 1): proven unreachable, or not found within the state limit. */
export function pathsCommand(scenarioArg: string | undefined, o: PathsOptions, write: (s: string) => void): number {
  if (o.exact && o.buckets !== undefined) throw new UsageError('give --exact or --buckets, not both');
  const checked = loadScenario(scenarioArg);
  const ir = compileScenario(checked);
  const kernel = createKernel(ir);
  const target = parseTarget(o.to, ir);
  const start = o.from ? readSessionFile(o.from, createStepper(ir)).cursor.world : null;
  if (o.outDir !== undefined) checkOutputDir(o.outDir, '--out-dir');
  const max = parseInteger('--max', o.max, 1, 100);
  const maxStates = parseInteger('--max-states', o.maxStates, 1, 20_000_000);
  const buckets = o.exact ? 'exact' : o.buckets === undefined ? 'auto' : parseInteger('--buckets', o.buckets, 1, 100);
  const result = findPaths(kernel, target, { max, maxStates, buckets, start });
  if (o.format === 'json') {
    write(`${JSON.stringify({ scenario: ir.id, target: o.to, ...result }, null, 2)}\n`);
    return result.reachable ? 0 : 1;
  }
  if (!result.reachable) {
    const head = result.proven ? `unreachable: ${o.to}` : `not found within ${result.states.toLocaleString('en-US')} states: ${o.to}`;
    write(`${head}\n${result.reasons.map((r) => `  ${r}`).join('\n')}\n`);
    return 1;
  }
  const n = result.paths.length;
  const what = result.shortest ? `${n} shortest path${n === 1 ? '' : 's'}` : `${n === 1 ? 'a path' : `${n} paths`}`;
  const how = result.shortest
    ? `found by ${result.how}, so none is shorter`
    : `found by a ${result.how}; shorter ones may exist: try --exact with a larger --max-states`;
  const lines = [`${what} to ${o.to}${start ? ` from ${o.from}` : ''}, ${how}:`];
  const fileOf = (i: number) => join(o.outDir ?? '.', `${ir.id}.path-${i + 1}.yaml`);
  // Every script is checked before any is written (none replaces a file of the user's own), and again when written.
  const rules = { flag: '--out-dir', kind: 'script', inputs: [checked.source.file, o.from] } as const;
  const writers = new Map(
    Array.from({ length: o.outDir ? n : 0 }, (_, i) => fileOf(i))
      .filter((file) => existsSync(file))
      .map((file) => [file, checkOutput(file, rules)]),
  );
  result.paths.forEach((p, i) => {
    const groups = groupAdvances(p.steps);
    let month = start?.month ?? 0;
    const shown = groups.map((g) => {
      const from = formatMonth(ir.start + month);
      if (g.advance === 0) return `${from} ${g.trigger}`;
      month += g.advance;
      return g.advance === 1 ? `${from} advance` : `${from} advance ×${g.advance} (to the end of ${formatMonth(ir.start + month - 1)})`;
    });
    lines.push(
      '',
      `path ${i + 1}: ${result.shortest ? '' : 'a path of '}${p.steps.length} steps, ends ${formatMonth(ir.start + p.world.month)} with outcome ${p.world.outcome ?? (p.world.ended ? 'undecided' : 'open')}`,
    );
    lines.push(...shown.map((s) => `  ${s}`));
    const words = groups.map((g) => (g.advance === 0 ? g.trigger : g.advance === 1 ? 'advance' : `advance:${g.advance}`));
    // Paths and ids quoted for a shell; the steps are ids and advance:N, safe inside double quotes.
    const before = commandLine(['statecraft', 'run', ...(scenarioArg ? [fileWord(scenarioArg)] : []), ...(o.from ? ['--from', fileWord(o.from)] : [])]);
    lines.push(`  replay: ${before} --steps "${words.join(',')}"`);
    if (o.outDir) {
      createOutputDir(o.outDir);
      const file = fileOf(i);
      const scenario = listScenarioNames().includes(scenarioArg ?? ir.id) ? ir.id : checked.source.file;
      (writers.get(file) ?? checkOutput(file, rules)).write(counterexampleScript(scenario, `Path ${i + 1} to ${o.to}.`, p.steps));
      lines.push(`  written to ${file}`);
    }
  });
  write(`${lines.join('\n')}\n`);
  return 0;
}

/** Runs of `advance` folded into counts, for display and for `advance:N` steps. */
function groupAdvances(steps: readonly string[]): { trigger: string; advance: number }[] {
  const out: { trigger: string; advance: number }[] = [];
  for (const s of steps) {
    const last = out[out.length - 1];
    if (s === 'advance' && last && last.advance > 0) last.advance += 1;
    else out.push(s === 'advance' ? { trigger: '', advance: 1 } : { trigger: s, advance: 0 });
  }
  return out;
}

/** `OUTCOME` or `actor=state`, with "did you mean" for unknown names. */
function parseTarget(text: string, ir: ReturnType<typeof compileScenario>): Target {
  const [left, right, extra] = text.split('=');
  if (right === undefined) {
    const outcomes = [...ir.outcomes.map((o) => o.id), 'undecided'];
    if (!outcomes.includes(text)) throw new UsageError(`--to "${text}": unknown outcome`, `${didYouMean(text, outcomes, 'outcome')}; or write actor=state`);
    return { kind: 'outcome', outcome: text };
  }
  if (extra !== undefined || !left) throw new UsageError(`--to "${text}": write OUTCOME or actor=state`, 'e.g. --to full_exit or --to krg=deal_signed');
  const actor = ir.actors.find((a) => a.id === left);
  if (!actor)
    throw new UsageError(
      `--to "${text}": unknown actor "${left}"`,
      didYouMean(
        left,
        ir.actors.map((a) => a.id),
        'actor',
      ),
    );
  if (!actor.stateById.has(right))
    throw new UsageError(`--to "${text}": actor "${left}" has no state "${right}"`, didYouMean(right, [...actor.stateById.keys()], 'state'));
  return { kind: 'state', actor: left, state: right };
}
