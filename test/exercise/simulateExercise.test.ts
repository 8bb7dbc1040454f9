import { describe, expect, it } from 'vitest';
import { liveOdds } from '../../src/analysis/liveOdds.js';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { applyEntry, startExercise } from '../../src/exercise/exerciseRun.js';
import { exercisePoint, simulateExercise } from '../../src/exercise/simulateExercise.js';
import { loadExercise } from '../../src/scenario/loadExercise.js';

const loaded = loadExercise('harir-in-45');
const ir = compileScenario(loaded.scenario);
const kernel = createKernel(ir);
const start = () => startExercise(loaded.exercise, createStepper(ir), 1);

describe('the model odds of an exercise, like for like', () => {
  it('should know the scripted injects: ISIS is fired in 2026-02, so a full exit cannot happen, where the plain model gives it odds', () => {
    const run = start();
    const sim = simulateExercise(kernel, loaded.exercise, exercisePoint(run), 2000, 1);
    expect(sim.counts.full_exit).toBe(0);
    expect(sim.counts.kurdistan_deal).toBeGreaterThan(0);
    expect(Object.values(sim.counts).reduce((a, b) => a + b, 0) + sim.errors).toBe(2000);
    const plain = liveOdds(kernel, run.session.cursor.world, 2000, 1).outcomes.find((o) => o.id === 'full_exit');
    expect(plain?.p).toBeGreaterThan(0.05);
  });

  it('should follow the month rule: nothing by chance in a scripted exercise', () => {
    const scripted = { ...loaded.exercise, months: 'scripted' as const };
    const run = startExercise(scripted, createStepper(ir), 1);
    const sim = simulateExercise(kernel, scripted, exercisePoint(run), 500, 1);
    const rolled = simulateExercise(kernel, loaded.exercise, exercisePoint(run), 500, 1);
    expect(sim.counts.redefined_mission).toBeGreaterThan(rolled.counts.redefined_mission as number);
  });

  it('should take the decisions already made as made, and give the same counts for the same seed', () => {
    let run = start();
    for (let i = 0; i < 6; i++) run = applyEntry(run, { kind: 'advance' });
    const decided = applyEntry(run, { kind: 'decide', decision: 'erbil_asks', choice: 'pass' });
    expect([...exercisePoint(decided).decided]).toEqual(['erbil_asks']);
    const a = simulateExercise(kernel, loaded.exercise, exercisePoint(decided), 300, 7);
    expect(simulateExercise(kernel, loaded.exercise, exercisePoint(decided), 300, 7)).toEqual(a);
    expect(exercisePoint(decided, 0).injectsFrom).toBe(0);
  });
});
