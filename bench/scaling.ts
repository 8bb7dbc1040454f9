// How costs grow with size, on generated scenarios: each cost as a slope on a log-log fit (1 = linear).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { stringify } from 'yaml';
import { checkModel } from '../src/analysis/checkModel.js';
import { runBatch } from '../src/analysis/runBatch.js';
import { ScenarioError } from '../src/core/errors.js';
import { compileScenario } from '../src/engine/compileScenario.js';
import { createStepper, type Stepper } from '../src/engine/createStepper.js';
import { createKernel, type Kernel } from '../src/engine/kernel/createKernel.js';
import { seedRun } from '../src/engine/rng.js';
import { fire, startSession } from '../src/engine/session.js';
import { parseSession } from '../src/engine/sessionFile.js';
import { applyEntry, startExercise } from '../src/exercise/exerciseRun.js';
import { openTranscriptWriter } from '../src/report/transcriptFile.js';
import { loadExercise } from '../src/scenario/loadExercise.js';
import { readScenario } from '../src/scenario/readScenario.js';
import { generateScenario, type ScenarioSize } from './fixtures/generateScenario.js';
import { median, row } from './report.js';
import { benchSizeLimits } from './sizeLimits.js';

/** CPU milliseconds of `f` (this process, all threads): steadier than wall time on a shared machine. */
function cpuMs(f: () => void): number {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The slope of log(cost) against log(size): 1 means linear, 2 quadratic. */
export function logLogSlope(points: readonly (readonly [number, number])[]): number {
  const xs = points.map(([x]) => Math.log(x));
  const ys = points.map(([, y]) => Math.log(Math.max(y, 1e-6)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * ((ys[i] as number) - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

const stepperOf = (size: ScenarioSize): Stepper => createStepper(compileScenario(readScenario('generated.yaml', generateScenario(size))));
const show = (points: readonly (readonly [number, number])[], unit: string) =>
  points.map(([n, ms]) => `${Math.round(n).toLocaleString('en-US')}: ${ms < 10 ? ms.toFixed(2) : ms.toFixed(0)} ${unit}`).join(', ');

/** Loading and validating (parse, schema, references, expressions, compile) against the number of triggers. */
function loadCost(): void {
  cpuMs(() => stepperOf({ actors: 10, triggers: 100 }));
  const points = [100, 1000, 10_000].map((n) => {
    const text = generateScenario({ actors: 10, triggers: n });
    return [n, cpuMs(() => compileScenario(readScenario('generated.yaml', text)))] as const;
  });
  console.log(`  load + validate + compile by triggers   ${show(points, 'ms')}`);
  row('load + validate: slope in triggers', logLogSlope(points).toFixed(2), '≤ 1.15', logLogSlope(points) / 1.15);
  const largest = points[points.length - 1]?.[1] as number;
  row('load + validate: 10,000 triggers (CPU)', `${(largest / 1000).toFixed(2)} s`, '≤ 2 s', largest / 2000);
  const json = generateScenario({ actors: 10, triggers: 10_000 });
  const block = stringify(JSON.parse(json));
  const blockMs = cpuMs(() => compileScenario(readScenario('generated.yaml', block)));
  row('… the same as block YAML (CPU)', `${(blockMs / 1000).toFixed(2)} s`, '≤ 2 s', blockMs / 2000);
  // A file with one mistake (an unknown indicator): its message needs the positions, worked out then.
  const wrong = block.replace('indicators.x >= 0.0', 'indicators.y >= 0.0');
  const wrongMs = cpuMs(() => {
    try {
      readScenario('generated.yaml', wrong);
    } catch (e) {
      if (!(e instanceof ScenarioError)) throw e;
    }
  });
  row('… with one mistake, to its positioned message', `${(wrongMs / 1000).toFixed(2)} s`, '≤ 2 s', wrongMs / 2000);
}

/** `check` (validation done: over-approximation, exact search, walks, invariants) against the number of triggers. */
function checkCost(): void {
  const points = [250, 500, 1000, 2000].map((n) => {
    const kernel = createKernel(compileScenario(readScenario('generated.yaml', generateScenario({ actors: 10, triggers: n }))));
    return [n, cpuMs(() => checkModel(kernel, { buckets: 'auto', maxStates: 300_000, start: null }))] as const;
  });
  console.log(`  check (model checking) by triggers       ${show(points, 'ms')}`);
  row('check: slope in triggers', logLogSlope(points).toFixed(2), '≤ 1.15', logLogSlope(points) / 1.15);
}

/** One fired move through the XState stepper (with its explanation) against the number of actors. */
function stepCost(): void {
  const points = [10, 100, 200, 1000].map((n) => {
    const stepper = stepperOf({ actors: n, triggers: n });
    let s = startSession(stepper, 1);
    for (let i = 0; i < 5; i++) s = fire(s, `m${i}`);
    const times: number[] = [];
    for (let i = 5; i < Math.min(n, 45); i++) {
      const at = s;
      times.push(cpuMs(() => (s = fire(at, `m${i}`))));
    }
    return [n, median(times)] as const;
  });
  console.log(`  a fired move by actors                   ${show(points, 'ms')}`);
  const at200 = points.find(([n]) => n === 200)?.[1] as number;
  row('a fired move with 200 actors', `${at200.toFixed(2)} ms`, '≤ 5 ms', at200 / 5);
  row('a fired move: slope in actors', logLogSlope(points).toFixed(2), '≤ 1.15', logLogSlope(points) / 1.15);
}

/** Loading a session file against its number of branches (branches share prefixes, as real ones do). */
function sessionCost(): void {
  const stepper = stepperOf({ actors: 10, triggers: 10 });
  const text = (n: number) => {
    const branches: Record<string, unknown[]> = {};
    for (let i = 0; i < n; i++) branches[i === 0 ? 'main' : `b${i}`] = Array.from({ length: (i % 12) + 1 }, () => ({ kind: 'advance' }));
    const { id, fingerprint } = stepper.ir;
    return JSON.stringify({ format: 'statecraft-session', version: 3, scenario: { id, fingerprint }, seed: 1, branch: 'main', cursor: 1, branches });
  };
  parseSession(text(100), 'warm.json', stepper);
  const points = [100, 1000, 10_000].map((n) => {
    const t = text(n);
    return [n, cpuMs(() => parseSession(t, 'session.json', stepper))] as const;
  });
  console.log(`  session load by branches                 ${show(points, 'ms')}`);
  row('session load: slope in branches', logLogSlope(points).toFixed(2), '≤ 1.15', logLogSlope(points) / 1.15);
}

/**
 * The work of a run, counted rather than assumed: trigger checks that draw a random number, firings and months,
 * averaged over `runs` runs played exactly as a batch plays them (same seeds).
 */
function workPerRun(kernel: Kernel, runs: number): number {
  let draws = 0;
  let firings = 0;
  let months = 0;
  const k = kernel.newState();
  for (let run = 0; run < runs; run++) {
    kernel.start(k);
    const inner = xoroshiro128plusFromState(seedRun(1, run));
    // uniformFloat64 takes two 32-bit draws per number.
    const counting = Object.assign(Object.create(inner) as typeof inner, {
      next: () => {
        draws += 0.5;
        return inner.next();
      },
    });
    while (!k.ended) {
      kernel.rollMonth(k, counting, () => firings++);
      months++;
    }
  }
  return (draws + firings + months) / runs;
}

/**
 * Kernel time per run against the measured work per run. Every size is warmed up first, then the sizes are timed in
 * turn, five rounds, each after a collection, keeping each size's fastest round: neither the order of the sizes nor
 * the garbage of another size biases a figure. The work is counted afterwards.
 */
function kernelCost(): void {
  const sizes: ScenarioSize[] = [
    { actors: 10, triggers: 100 },
    { actors: 100, triggers: 1000 },
    { actors: 1000, triggers: 10_000 },
  ];
  const spec = { seed: 1, start: null, forces: [] };
  const cases = sizes.map((size) => {
    const kernel = createKernel(compileScenario(readScenario('generated.yaml', generateScenario(size))));
    const assumed = (kernel.ir.months + 1) * (size.actors + size.triggers);
    const runs = Math.max(20, Math.round(1e7 / assumed));
    runBatch(kernel, spec, 0, runs);
    return { kernel, runs, best: Number.POSITIVE_INFINITY };
  });
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let round = 0; round < 5; round++) {
    for (const c of cases) {
      gc?.();
      c.best = Math.min(c.best, cpuMs(() => runBatch(c.kernel, spec, 0, c.runs)) / c.runs);
    }
  }
  // Counted after the timings: the counting generator would otherwise teach the JIT a second kind of generator.
  const points = cases.map((c) => [workPerRun(c.kernel, Math.min(c.runs, 200)), c.best] as const);
  console.log(`  kernel ms per run by measured work       ${show(points, 'ms')}`);
  const ns = points.map(([w, ms]) => `${((ms * 1e6) / w).toFixed(0)} ns`).join(', ');
  console.log(`  kernel time per unit of work             ${ns} (work: draws + firings + months per run)`);
  row('kernel time per run: slope in work per run', logLogSlope(points).toFixed(2), '≤ 1.1', logLogSlope(points) / 1.1);
}

/** Saving an exercise transcript after each action, at 2,000 actions. */
function transcriptCost(): void {
  const dir = mkdtempSync(join(tmpdir(), 'statecraft-bench-'));
  try {
    const loaded = loadExercise('harir-in-45');
    let run = startExercise(loaded.exercise, createStepper(compileScenario(loaded.scenario)), 1);
    const writer = openTranscriptWriter(join(dir, 'bench.transcript.json'), loaded);
    const walls: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < 2000; i++) {
      run = applyEntry(run, { kind: 'note', text: `note ${i}: the class discusses the last inject at some length` });
      const t = performance.now();
      const at = run;
      const cpu = cpuMs(() => writer.save(at));
      if (i >= 1900) {
        walls.push(performance.now() - t);
        cpus.push(cpu);
      }
    }
    writer.close();
    console.log(`  transcript save at 2,000 actions: ${median(walls).toFixed(2)} ms wall (including fsync), ${median(cpus).toFixed(2)} ms CPU`);
    row('transcript save per action at 2,000 (wall)', `${median(walls).toFixed(2)} ms`, '< 5 ms', median(walls) / 5);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the scaling figures. */
export function benchScaling(only?: string): void {
  console.log('\nscaling (generated scenarios; CPU time of this process):');
  const parts: Record<string, () => void> = {
    load: loadCost,
    check: checkCost,
    step: stepCost,
    session: sessionCost,
    kernel: kernelCost,
    transcript: transcriptCost,
  };
  for (const [name, part] of Object.entries(parts)) if (only === undefined || only === name) part();
  if (only === undefined || only === 'limits') benchSizeLimits(logLogSlope);
}
