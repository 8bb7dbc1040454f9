import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { describeBlocked } from '../../src/engine/availableTriggers.js';
import {
  advance,
  advanceToDeadline,
  available,
  branch,
  explain,
  fire,
  goto,
  listBranches,
  redo,
  roll,
  type Session,
  startSession,
  switchBranch,
  timeline,
  undo,
} from '../../src/engine/session.js';
import { fixtureStepper } from '../helpers.js';

const start = (seed = 1) => startSession(fixtureStepper('minimal'), seed);
const world = (s: Session) => s.cursor.world;

describe('session', () => {
  it('should fire a trigger and record the step', () => {
    const s = fire(start(), 'shock');
    expect(world(s).indicators.risk).toBe(80);
    expect(world(s).actors.gov).toBe('quiet');
    expect(s.cursor.steps).toBe(1);
  });

  it('should refuse an unknown trigger with the nearest ids', () => {
    const error = (() => {
      try {
        fire(start(), 'shok');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect(error).toMatchObject({ message: 'unknown trigger "shok"', hint: 'did you mean "shock"?' });
  });

  it('should refuse a disabled trigger with the failing precondition and the values it saw', () => {
    expect(() => fire(start(), 'speak')).toThrow('cannot fire "speak": precondition actors.gov == "quiet" is false (actors.gov = "calm")');
  });

  it('should list available triggers with reasons for the blocked ones', () => {
    const statuses = available(start());
    expect(statuses.map((t) => [t.id, t.enabled])).toEqual([
      ['shock', true],
      ['speak', false],
      ['deadline', false],
    ]);
    const deadline = statuses[2]?.blocked;
    expect(deadline && describeBlocked(deadline)).toBe('fires by itself with the clock (2025-12)');
  });

  it('should fire scheduled triggers at the end of their month, then move the clock', () => {
    let s = advance(start(), 3);
    expect(world(s)).toMatchObject({ month: 3, indicators: { risk: 50 } });
    s = advance(s);
    expect(world(s)).toMatchObject({ indicators: { risk: 0 }, ended: true, outcome: 'calm_end' });
    const steps = timeline(s);
    expect(steps.slice(-2).map((r) => [r.trigger, r.cause, r.date])).toEqual([
      ['deadline', 'scheduled', '2025-12'],
      ['advance', 'clock', '2025-12'],
    ]);
    expect(() => advance(s)).toThrow('the scenario has ended (outcome: calm_end)');
  });

  it('should advance to the next deadline in one call', () => {
    const s = advanceToDeadline(start());
    expect(world(s).ended).toBe(true);
    expect(s.cursor.depth).toBe(4);
  });

  it('should make undo after fire the identity, and redo replay it (reversible and replayable)', () => {
    const s0 = advance(start());
    const s1 = fire(s0, 'shock');
    const back = undo(s1);
    expect(back.cursor).toBe(s0.cursor);
    expect(world(back)).toEqual(world(s0));
    const again = redo(back);
    expect(again.cursor).toBe(s1.cursor);
    expect(world(again)).toEqual(world(s1));
  });

  it('should drop the redo path when acting after undo, and refuse undo at the start', () => {
    const s = undo(fire(start(), 'shock'));
    const other = advance(s);
    expect(() => redo(other)).toThrow('nothing to redo');
    expect(() => undo(start())).toThrow('nothing to undo');
  });

  it('should branch from a past step, keep both futures and switch between them', () => {
    let s = fire(advance(start()), 'shock');
    s = branch(s, 'calm', 1);
    expect(world(s)).toMatchObject({ month: 1, indicators: { risk: 50 } });
    s = advance(s, 2);
    expect(listBranches(s).map((b) => [b.name, b.head.depth, b.current])).toEqual([
      ['main', 2, false],
      ['calm', 3, true],
    ]);
    const main = switchBranch(s, 'main');
    expect(world(main)).toMatchObject({ month: 1, indicators: { risk: 80 } });
    expect(world(switchBranch(main, 'calm'))).toMatchObject({ month: 3, indicators: { risk: 50 } });
    expect(() => branch(s, 'calm')).toThrow('branch "calm" already exists');
    expect(() => switchBranch(s, 'mian')).toThrow('unknown branch "mian"');
  });

  it('should go to any action on the branch and back', () => {
    const s = advance(fire(advance(start()), 'shock'), 2);
    expect(world(goto(s, 1)).month).toBe(1);
    expect(world(goto(goto(s, 0), 4))).toEqual(world(s));
    expect(() => goto(s, 9)).toThrow('no action 9 on branch "main"');
  });

  it('should explain any step with the guards, values and effects', () => {
    const s = fire(fire(start(), 'shock'), 'speak');
    const r = explain(s, 1);
    expect(r).toMatchObject({ index: 1, trigger: 'shock', date: '2025-09', transitions: [{ actor: 'gov', from: 'calm', to: 'quiet' }] });
    expect(r.effects[0]).toMatchObject({ indicator: 'risk', before: 50, after: 80 });
    expect(r.guards[0]).toMatchObject({ role: 'transition gov[0]', expr: 'indicators.risk >= 70', values: { 'indicators.risk': 80 }, passed: true });
    expect(explain(s, 2)).toMatchObject({ trigger: 'speak', outcome: 'crisis', decided: true });
    expect(() => explain(s, 3)).toThrow('no step 3');
  });

  it('should roll the same months for the same seed, and other months for another seed', () => {
    const a = timeline(roll(start(7), 4)).map((r) => r.trigger);
    const b = timeline(roll(start(7), 4)).map((r) => r.trigger);
    expect(a).toEqual(b);
    const seeds = [1, 2, 3, 4, 5, 6, 8, 9].map((seed) =>
      timeline(roll(start(seed), 4))
        .map((r) => r.trigger)
        .join(),
    );
    expect(new Set([a.join(), ...seeds]).size).toBeGreaterThan(1);
  });

  it('should undo a rolled month and roll it again identically', () => {
    const s = roll(start(3), 2);
    const again = roll(undo(s));
    expect(world(again)).toEqual(world(s));
  });
});
