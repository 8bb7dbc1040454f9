// Speed and memory of the core: scripted runs, stepping with explanations, history size.
import { spawnSync } from 'node:child_process';
import { compileScenario } from '../src/engine/compileScenario.js';
import { createStepper } from '../src/engine/createStepper.js';
import { explain, fire, type Session, startSession } from '../src/engine/session.js';
import { loadScenario } from '../src/scenario/loadScenario.js';
import { longPlan } from './longSession.js';
import { median, row } from './report.js';

/** Prints the core figures. */
export function benchCore(): void {
  // 1. `statecraft run` on the shipped scenario, wall time including node startup.
  const walls: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['dist/cli/bin.js', 'run'], { encoding: 'utf8' });
    walls.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`statecraft run failed: ${r.stderr}`);
  }
  row('statecraft run (shipped scenario), wall', `${median(walls).toFixed(0)} ms`, '< 1000 ms', median(walls) / 1000);

  // 2. fire + explain per step, in process.
  const t0 = performance.now();
  const stepper = createStepper(compileScenario(loadScenario('iraq-coalition')));
  const loadMs = performance.now() - t0;
  console.log(`${'load + check + compile + machine'.padEnd(44)} ${`${loadMs.toFixed(1)} ms`.padStart(12)}`);
  // Triggers enabled at each step of a long session (the revised scenario no longer lets any one trigger repeat).
  const N = 3000;
  const triggers = longPlan(stepper, N);
  let s: Session = startSession(stepper, 1);
  for (let i = 0; i < 200; i++) s = fire(s, triggers[i % triggers.length] as string); // warm up
  s = startSession(stepper, 1);
  const t1 = performance.now();
  for (let i = 0; i < N; i++) {
    s = fire(s, triggers[i % triggers.length] as string);
    explain(s, s.cursor.steps);
  }
  const perStep = (performance.now() - t1) / N;
  row('fire + explain, per step', `${(perStep * 1000).toFixed(0)} µs`, '≤ 1 ms', perStep / 1);

  // 3. memory of 10,000 steps of history.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    // The plan is made first, so only the history is measured.
    const plan = longPlan(stepper, 10_000);
    let h: Session = startSession(stepper, 1);
    gc();
    const base = process.memoryUsage().heapUsed;
    for (const id of plan) h = fire(h, id);
    gc();
    const bytes = process.memoryUsage().heapUsed - base;
    console.log(
      `${'10,000 steps of history, heap'.padEnd(44)} ${`${(bytes / 1024 / 1024).toFixed(2)} MiB`.padStart(12)}   (${Math.round(bytes / 10_000)} bytes a step; cursor at step ${h.cursor.steps})`,
    );
  } else {
    console.log('10,000 steps of history: run with node --expose-gc to measure');
  }
}
