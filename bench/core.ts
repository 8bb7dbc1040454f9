// Speed and memory of the core: scripted runs, stepping with explanations, history size.
import { spawnSync } from 'node:child_process';
import { compileScenario } from '../src/engine/compileScenario.js';
import { createStepper } from '../src/engine/createStepper.js';
import { explain, fire, type Session, startSession } from '../src/engine/session.js';
import { loadScenario } from '../src/scenario/loadScenario.js';

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
  const triggers = ['isis_resurgence', 'drone_attack_erbil', 'syria_instability', 'hormuz_tension'];
  const N = 3000;
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
    gc();
    const before = process.memoryUsage().heapUsed;
    let h: Session = startSession(stepper, 1);
    for (let i = 0; i < 10_000; i++) h = fire(h, triggers[i % triggers.length] as string);
    gc();
    const bytes = process.memoryUsage().heapUsed - before;
    console.log(
      `${'10,000 steps of history, heap'.padEnd(44)} ${`${(bytes / 1024 / 1024).toFixed(2)} MiB`.padStart(12)}   (${Math.round(bytes / 10_000)} bytes a step; cursor at step ${h.cursor.steps})`,
    );
  } else {
    console.log('10,000 steps of history: run with node --expose-gc to measure');
  }
}
