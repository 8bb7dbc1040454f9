import { describe, expect, it } from 'vitest';
import { generateScenario } from '../../bench/fixtures/generateScenario.js';
import { type Answer, checkModel } from '../../src/analysis/checkModel.js';
import { exactStateLimit, exploreStates } from '../../src/analysis/exploreStates.js';
import { findPaths } from '../../src/analysis/findPaths.js';
import { compileScenario } from '../../src/engine/compileScenario.js';
import type { Stepper } from '../../src/engine/createStepper.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { advance, fire, startSession, timeline } from '../../src/engine/session.js';
import { readScenario } from '../../src/scenario/readScenario.js';
import { fixtureStepper, shippedStepper } from '../helpers.js';

const model = createKernel(fixtureStepper('model').ir);

describe('checkModel', () => {
  it('should find the broken invariant with its shortest sequence, and prove the unreachable state, outcome and trigger', () => {
    const r = checkModel(model, { buckets: 'auto', maxStates: 10_000, start: null });
    expect(r).toMatchObject({ mode: 'exact', exhaustive: true, complete: true, states: 38 });
    expect(r.findings).toEqual([
      {
        severity: 'error',
        grounds: 'witness',
        code: 'invariant',
        subject: 'cool_when_closed',
        message: 'invariant "cool_when_closed" breaks after 2 steps',
        steps: ['warm', 'warm'],
      },
      {
        severity: 'warning',
        grounds: 'abstraction',
        code: 'unreachable-state',
        subject: 'door=locked',
        message: 'actor "door" never reaches state "locked" (proven by over-approximation)',
      },
      {
        severity: 'warning',
        grounds: 'abstraction',
        code: 'unreachable-outcome',
        subject: 'sealed',
        message: 'outcome "sealed" is never decided (proven by over-approximation)',
      },
      {
        severity: 'warning',
        grounds: 'abstraction',
        code: 'never-enabled',
        subject: 'lock',
        message: 'trigger "lock" can never fire: its precondition never holds (proven by over-approximation)',
      },
    ]);
  });

  it('should say "not reached in this exploration", never "never", when a bounded search misses what a run reaches', () => {
    const r = checkModel(model, { buckets: 'exact', maxStates: 3, start: null });
    expect(r).toMatchObject({ complete: false, exhaustive: false });
    const burnt = r.findings.find((f) => f.subject === 'burnt');
    expect(burnt).toMatchObject({ severity: 'note', grounds: 'not-reached', code: 'outcome-not-reached' });
    expect(burnt?.message).toMatch(/^outcome "burnt" was not decided in this exploration \(.*\); not proven either way$/);
    for (const f of r.findings) if (f.severity !== 'note') expect(f.grounds).not.toBe('not-reached');
  });

  it('should not claim riots unreachable when small additions stay inside one bucket, and still prove the flood unreachable', () => {
    const water = createKernel(fixtureStepper('water-crisis').ir);
    const r = checkModel(water, { buckets: 3, maxStates: 300_000, start: null });
    expect(r.exhaustive).toBe(false);
    const riots = r.findings.find((f) => f.subject === 'residents=riots');
    if (riots) expect(riots).toMatchObject({ severity: 'note', grounds: 'not-reached', code: 'state-not-reached' });
    expect(r.findings.filter((f) => f.severity !== 'note')).toEqual([
      {
        severity: 'warning',
        grounds: 'abstraction',
        code: 'unreachable-state',
        subject: 'utility=flooded',
        message: 'actor "utility" never reaches state "flooded" (proven by over-approximation)',
      },
    ]);
    const run = findPaths(water, { kind: 'state', actor: 'residents', state: 'riots' }, { max: 1, maxStates: 10_000, buckets: 'exact', start: null });
    expect(run).toMatchObject({ reachable: true, shortest: true, paths: [{ steps: Array(6).fill('price_hike') }] });
  });

  it('should reach the outcomes decided only at the last deadline under a small --max-states', () => {
    for (const [kernel, outcomes, buckets] of [
      [createKernel(shippedStepper('iraq-coalition').ir), ['full_exit', 'redefined_mission'], 3],
      [createKernel(fixtureStepper('water-crisis').ir), ['water_deal', 'muddling_through'], 'exact'],
    ] as const) {
      const r = checkModel(kernel, { buckets, maxStates: 300, start: null });
      expect(r.complete).toBe(false);
      expect(r.findings.filter((f) => f.code === 'unreachable-outcome' && outcomes.includes(f.subject as never))).toEqual([]);
    }
  });

  it('should settle every reachability question of the shipped scenario, each witness replaying on the XState stepper', () => {
    const stepper = shippedStepper('iraq-coalition');
    const r = checkModel(createKernel(stepper.ir), { buckets: 'auto', maxStates: 300_000, start: null });
    expect(r.settled.open).toBe(0);
    expect(r.settled.questions).toBe(r.settled.found + r.settled.proven);
    expect(r.how).toContain('stopped once every question was settled');
    expect(r.findings.filter((f) => f.severity !== 'warning')).toEqual([]);
    for (const a of r.questions) if (a.status === 'found') expect(replays(stepper, a), `${a.kind} ${a.subject}: ${a.steps?.join(', ')}`).toBe(true);
  });

  it('should witness a target reachable only in the last month, after five repeats of one move among noise, and still prove the impossible', () => {
    const stepper = fixtureStepper('late-target');
    const r = checkModel(createKernel(stepper.ir), { buckets: 'auto', maxStates: 2_000, start: null });
    expect(r.settled).toEqual({ questions: 17, found: 12, proven: 5, open: 0 });
    const finished = r.questions.find((a) => a.subject === 'site=finished');
    expect(finished).toMatchObject({ status: 'found', steps: [...Array(11).fill('advance'), ...Array(5).fill('build'), 'finish'] });
    expect(replays(stepper, finished as Answer)).toBe(true);
    expect(r.questions.find((a) => a.subject === 'finish')).toMatchObject({
      status: 'found',
      steps: [...Array(11).fill('advance'), ...Array(5).fill('build'), 'finish'],
    });
    expect(r.questions.filter((a) => a.status === 'proven').map((a) => [a.subject, a.grounds])).toEqual([
      ['site=collapsed', 'abstraction'],
      ['collapsed', 'abstraction'],
      ['collapse', 'abstraction'],
      ['undecided', 'abstraction'],
      ['evaluation error', 'abstraction'],
    ]);
    expect(r.findings.find((f) => f.subject === 'site=collapsed')).toMatchObject({ severity: 'warning', grounds: 'abstraction', code: 'unreachable-state' });
    // The exact search and the buckets alone leave it open: it is the walks that find it, and then "not reached", never "never".
    for (const buckets of ['exact', 3] as const) {
      const alone = checkModel(createKernel(stepper.ir), { buckets, maxStates: 2_000, start: null });
      expect(alone.questions.find((a) => a.subject === 'site=finished')).toMatchObject({ status: 'open', grounds: 'not-reached' });
      expect(alone.findings.find((f) => f.subject === 'site=finished')).toMatchObject({ severity: 'note', code: 'state-not-reached' });
    }
  });

  it('should give the same report, witnesses included, every time', () => {
    const kernel = createKernel(fixtureStepper('late-target').ir);
    const once = checkModel(kernel, { buckets: 'auto', maxStates: 2_000, start: null });
    expect(checkModel(kernel, { buckets: 'auto', maxStates: 2_000, start: null })).toEqual(once);
  });
});

/** Whether an answer's witness replays as a session (what `statecraft run --steps` plays) and shows what it answers. */
function replays(stepper: Stepper, a: Answer): boolean {
  let s = startSession(stepper, 1);
  for (const step of a.steps ?? []) s = step === 'advance' ? advance(s) : fire(s, step);
  const w = s.cursor.world;
  if (a.kind === 'state') {
    const [actor, state] = a.subject.split('=') as [string, string];
    return (
      stepper.ir.actors
        .find((x) => x.id === actor)
        ?.stateById.get(w.actors[actor] as string)
        ?.path.includes(state) ?? false
    );
  }
  if (a.kind === 'outcome') return w.outcome === a.subject;
  if (a.kind === 'trigger') return timeline(s).some((r) => r.trigger === a.subject && (r.cause === 'fired' || r.cause === 'scheduled'));
  if (a.kind === 'undecided') return w.ended && w.outcome === null;
  return false;
}

describe('findPaths', () => {
  it('should give the exact shortest path, respecting guards on values, and say it is the shortest', () => {
    const r = findPaths(model, { kind: 'outcome', outcome: 'burnt' }, { max: 1, maxStates: 10_000, buckets: 'auto', start: null });
    expect(r).toMatchObject({ reachable: true, shortest: true, how: 'exact breadth-first search', paths: [{ steps: ['warm', 'warm', 'open_door', 'smash'] }] });
  });

  it('should not call a path found with buckets the shortest', () => {
    const r = findPaths(model, { kind: 'outcome', outcome: 'burnt' }, { max: 1, maxStates: 10_000, buckets: 3, start: null });
    expect(r).toMatchObject({ reachable: true, shortest: false, how: 'month-by-month search with indicators in 3 buckets' });
  });

  it('should say "not found within N states", not "unreachable", when the search hit its limit', () => {
    const r = findPaths(model, { kind: 'outcome', outcome: 'burnt' }, { max: 1, maxStates: 3, buckets: 'exact', start: null });
    expect(r).toMatchObject({ reachable: false, proven: null });
    if (!r.reachable)
      expect(r.reasons[0]).toMatch(/^outcome "burnt" was not decided within \d+ explored states \(bounded: raise --max-states\); no proof either way$/);
  });

  it('should say why a state is unreachable: the nearest state and the blocking condition with its values', () => {
    const r = findPaths(model, { kind: 'state', actor: 'door', state: 'locked' }, { max: 1, maxStates: 10_000, buckets: 'auto', start: null });
    expect(r).toEqual({
      reachable: false,
      proven: 'exhaustive',
      states: 38,
      complete: true,
      reasons: [
        'actor "door" never reaches state "locked" (proven: all 38 reachable states explored with exact values)',
        'nearest: after no steps, "door" is in "closed"; lock is blocked there: its precondition actors.door == "closed" && indicators.heat > 20.0 (actors.door = "closed", indicators.heat = 0) is false',
      ],
    });
  });

  it('should find a late target by seeded walks when the searches miss it, and never call it shortest', () => {
    const stepper = fixtureStepper('late-target');
    const kernel = createKernel(stepper.ir);
    const target = { kind: 'state', actor: 'site', state: 'finished' } as const;
    const r = findPaths(kernel, target, { max: 1, maxStates: 2_000, buckets: 'auto', start: null });
    const steps = [...Array(11).fill('advance'), ...Array(5).fill('build'), 'finish'];
    expect(r).toMatchObject({
      reachable: true,
      shortest: false,
      how: 'seeded walk (then shortened)',
      paths: [{ steps, world: { actors: { site: 'finished' } } }],
    });
    expect(replays(stepper, { kind: 'state', subject: 'site=finished', status: 'found', grounds: 'witness', steps })).toBe(true);
    expect(findPaths(kernel, target, { max: 1, maxStates: 2_000, buckets: 'exact', start: null })).toMatchObject({ reachable: false, proven: null });
  });

  it('should start from a given world', () => {
    const stepper = fixtureStepper('model');
    const warmed = stepper.step(stepper.step(stepper.initial, 'warm', 'fired', 1).world, 'warm', 'fired', 2).world;
    const r = findPaths(model, { kind: 'outcome', outcome: 'burnt' }, { max: 1, maxStates: 10_000, buckets: 'auto', start: warmed });
    expect(r).toMatchObject({ reachable: true, paths: [{ steps: ['open_door', 'smash'] }] });
  });
});

describe('exploreStates', () => {
  it('should count each distinct state once and keep the shortest way to it', () => {
    const x = exploreStates(model, { buckets: null, maxStates: 10_000, start: null, order: 'breadth' });
    const depths = x.states.map((s) => s.depth);
    expect(depths).toEqual([...depths].sort((a, b) => a - b));
    expect(x.everEnabled).toEqual([true, true, false, true]);
  });

  it('should keep the exact search of a large scenario to a fixed amount of work, and say why it stopped there', () => {
    expect(exactStateLimit(createKernel(shippedStepper('iraq-coalition').ir))).toBe(20_000);
    const large = createKernel(compileScenario(readScenario('g.yaml', generateScenario({ actors: 4, triggers: 1_000 }))));
    expect(exactStateLimit(large)).toBe(1_992);
    const r = checkModel(large, { buckets: 'auto', maxStates: 300_000, start: null });
    expect(r.states).toBeLessThanOrEqual(1_992 + 1);
    expect(r.how).toContain('the exact search stops at 1,992 states for 1,004 triggers');
    expect(r.settled.open).toBe(0);
  });
});
