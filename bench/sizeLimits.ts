// Opening the largest files the limits allow: a transcript's replay and debrief by entries, a session's load by actions.
import { readFileSync } from 'node:fs';
import { compileScenario } from '../src/engine/compileScenario.js';
import { createStepper } from '../src/engine/createStepper.js';
import { createKernel } from '../src/engine/kernel/createKernel.js';
import { parseSession } from '../src/engine/sessionFile.js';
import { applyEntry, type ExerciseRun, startExercise } from '../src/exercise/exerciseRun.js';
import { MAX_ITEMS } from '../src/files/limits.js';
import { buildDebrief } from '../src/report/debrief/buildDebrief.js';
import type { Entry } from '../src/scenario/exerciseEntry.js';
import { loadExercise } from '../src/scenario/loadExercise.js';
import { readScenario } from '../src/scenario/readScenario.js';
import { row } from './report.js';

type Point = readonly [number, number];

/** CPU milliseconds of `f`, and the heap it leaves held (MB, after a collection; 0 without --expose-gc). */
function measure(f: () => unknown): { ms: number; mb: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap = process.memoryUsage().heapUsed;
  const before = process.cpuUsage();
  const kept = f();
  const used = process.cpuUsage(before);
  gc?.();
  const mb = (process.memoryUsage().heapUsed - heap) / 1e6;
  if (kept === undefined) throw new Error('nothing measured');
  return { ms: (used.user + used.system) / 1000, mb: Math.max(mb, 0.01) };
}

/** Rows for a cost measured at several sizes: its slope (1 = linear) and its figure at the largest size. */
function report(name: string, unit: string, points: readonly Point[], slope: (p: readonly Point[]) => number, largest: string, ceiling: number): void {
  const shown = points.map(([n, y]) => `${n.toLocaleString('en-US')}: ${y.toFixed(y < 10 ? 2 : 0)} ${unit}`).join(', ');
  console.log(`  ${name.padEnd(40)} ${shown}`);
  const s = slope(points);
  row(`${name}: slope`, s.toFixed(2), '≤ 1.15', s / 1.15);
  const last = (points[points.length - 1] as Point)[1];
  row(`${name}: ${largest}`, `${last.toFixed(0)} ${unit}`, `≤ ${ceiling} ${unit}`, last / ceiling);
}

/** A transcript of `n` entries, all predictions at the first prompt (the audit's shape), replayed then debriefed. */
function transcriptCost(slope: (p: readonly Point[]) => number): void {
  const loaded = loadExercise('harir-in-45');
  const ir = compileScenario(loaded.scenario);
  const stepper = createStepper(ir);
  const kernel = createKernel(ir);
  const entry: Entry = { kind: 'predict', prompt: 'start', team: 'same', p: { kurdistan_deal: 0.2, full_exit: 0.3, redefined_mission: 0.5 } };
  const replay = (n: number): ExerciseRun => Array.from({ length: n }, () => entry).reduce(applyEntry, startExercise(loaded.exercise, stepper, 1));
  replay(200);
  const sizes = [1000, 2000, MAX_ITEMS.transcriptEntries];
  const held = sizes.map((n) => [n, measure(() => replay(n)).mb] as const);
  const debrief = sizes.map((n) => [n, measure(() => buildDebrief(replay(n), kernel, 100)).ms] as const);
  report('transcript replay, heap held by entries', 'MB', held, slope, 'at the limit', 100);
  report('transcript replay + debrief (CPU) by entries', 'ms', debrief, slope, 'at the limit', 3000);
}

/** A session of one branch of `n` fired triggers on the shipped scenario (the audit's shape), loaded. */
function sessionCost(slope: (p: readonly Point[]) => number): void {
  const path = 'scenarios/iraq-coalition.yaml';
  const stepper = createStepper(compileScenario(readScenario(path, readFileSync(path, 'utf8'))));
  const { id, fingerprint } = stepper.ir;
  const text = (n: number) =>
    JSON.stringify({
      format: 'statecraft-session',
      version: 3,
      scenario: { id, fingerprint },
      seed: 1,
      branch: 'main',
      cursor: n,
      branches: { main: Array.from({ length: n }, () => ({ kind: 'fire', trigger: 'drone_attack_erbil' })) },
    });
  parseSession(text(200), 'warm.json', stepper);
  const sizes = [1000, 3000, MAX_ITEMS.branchActions];
  const texts = sizes.map(text);
  const load = sizes.map((n, i) => [n, measure(() => parseSession(texts[i] as string, 'session.json', stepper)).ms] as const);
  report('session load (CPU) by actions on a branch', 'ms', load, slope, 'at the limit', 2000);
}

/** Prints the figures of the largest files the limits allow. */
export function benchSizeLimits(slope: (p: readonly Point[]) => number): void {
  transcriptCost(slope);
  sessionCost(slope);
}
