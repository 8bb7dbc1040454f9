import { describe, expect, it } from 'vitest';
import { stateValueOf } from '../../src/engine/createStepper.js';
import { explainLines } from '../../src/report/explainLines.js';
import { stepperFromText, tiny } from '../helpers.js';

describe('createStepper', () => {
  it('should clamp every effect to the indicator bounds and flag it', () => {
    const st = stepperFromText(tiny({ triggers: { t: { kind: 'exogenous', label: 'T', effects: { x: { add: 100 } } } } }));
    const { world, record } = st.step(st.initial, 't', 'fired', 1);
    expect(world.indicators.x).toBe(10);
    expect(record.effects).toEqual([{ indicator: 'x', op: 'add', expr: '100', before: 5, after: 10, raw: 105, clamped: true }]);
  });

  it('should apply set and mul effects, each reading the values from before the trigger', () => {
    const st = stepperFromText(
      tiny({
        indicators: { x: { label: 'X', min: 0, max: 100, initial: 4 }, y: { label: 'Y', min: 0, max: 100, initial: 1 } },
        triggers: { t: { kind: 'exogenous', label: 'T', effects: { x: { mul: 3 }, y: { set: 'indicators.x + 1' } } } },
      }),
    );
    const { world } = st.step(st.initial, 't', 'fired', 1);
    expect(world.indicators).toEqual({ x: 12, y: 5 });
  });

  it('should drift an indicator part of the way to its baseline at each month end, and explain it', () => {
    const st = stepperFromText(
      tiny({
        indicators: {
          x: { label: 'X', min: 0, max: 100, initial: 80, drift: { toward: 40, rate: 0.25 } },
          y: { label: 'Y', min: 0, max: 100, initial: 80 },
        },
        triggers: { t: { kind: 'exogenous', label: 'T', effects: { x: { add: 10 } } } },
      }),
    );
    const fired = st.step(st.initial, 't', 'fired', 1);
    expect(fired.world.indicators.x, 'a trigger does not drift').toBe(90);
    const { world, record } = st.step(fired.world, 'advance', 'clock', 2);
    expect(world.indicators).toEqual({ x: 77.5, y: 80 });
    expect(record.effects).toEqual([{ indicator: 'x', op: 'drift', expr: '0.25 toward 40', before: 90, after: 77.5, raw: 77.5, clamped: false }]);
    expect(explainLines(st.ir, record)).toContain('x drifts 0.25 toward 40: 90 → 77.5');
    const last = st.step(st.step(world, 'advance', 'clock', 3).world, 'advance', 'clock', 4);
    expect(last.world.ended).toBe(true);
    expect(last.world.indicators.x, 'the last month drifts too').toBeCloseTo(40 + 37.5 * 0.75 ** 2, 10);
  });

  it('should evaluate transition guards on the values after the effects', () => {
    const st = stepperFromText(
      tiny({
        triggers: { t: { kind: 'exogenous', label: 'T', effects: { x: { add: 3 } }, transitions: [{ actor: 'a', to: 's1', guard: 'indicators.x >= 8' }] } },
      }),
    );
    const { world, record } = st.step(st.initial, 't', 'fired', 1);
    expect(world.actors.a).toBe('s1');
    expect(record.guards[0]).toMatchObject({ role: 'transition a[0]', values: { 'indicators.x': 8 }, passed: true });
  });

  it('should prefer a transition declared on the innermost state, then file order', () => {
    const actors = {
      a: {
        label: 'A',
        initial: 'outer',
        states: { outer: { label: 'O', states: { inner: { label: 'I' } } }, s1: { label: 'S1' }, s2: { label: 'S2' }, s3: { label: 'S3' } },
      },
    };
    const transitions = [
      { actor: 'a', to: 's1' },
      { actor: 'a', from: 'outer', to: 's2' },
      { actor: 'a', from: 'inner', to: 's3' },
    ];
    const st = stepperFromText(tiny({ actors, triggers: { t: { kind: 'exogenous', label: 'T', transitions } } }));
    expect(st.initial.actors.a).toBe('inner');
    expect(st.step(st.initial, 't', 'fired', 1).world.actors.a).toBe('s3');
    const candidates = st.ir.triggerById
      .get('t')
      ?.candidates.get('a')
      ?.get('inner')
      ?.map((t) => t.to);
    expect(candidates).toEqual(['s3', 's2', 's1']);
  });

  it('should enter the initial inner state when a transition targets a compound state', () => {
    const actors = {
      a: { label: 'A', initial: 's0', states: { s0: { label: 'S0' }, c: { label: 'C', initial: 'c2', states: { c1: { label: 'C1' }, c2: { label: 'C2' } } } } },
    };
    const st = stepperFromText(
      tiny({
        actors,
        triggers: { t: { kind: 'exogenous', label: 'T', transitions: [{ actor: 'a', to: 'c' }] } },
        outcomes: { done: { label: 'D', rule: 'false', priority: 1 } },
      }),
    );
    const { world } = st.step(st.initial, 't', 'fired', 1);
    expect(world.actors.a).toBe('c2');
    expect(stateValueOf(st.ir, world)).toMatchObject({ a: { c: 'c2' } });
  });

  it('should lock an outcome as soon as its rule holds when lock is set', () => {
    const st = stepperFromText(
      tiny({
        triggers: { t: { kind: 'exogenous', label: 'T', transitions: [{ actor: 'a', to: 's2' }] } },
        outcomes: { done: { label: 'Done', rule: 'actors.a == "s2"', priority: 1, lock: true } },
      }),
    );
    const { world, record } = st.step(st.initial, 't', 'fired', 1);
    expect(world).toMatchObject({ outcome: 'done', ended: true });
    expect(record).toMatchObject({ outcome: 'done', decided: true });
  });

  it('should decide unlocked outcomes only when the clock passes its last month, by priority', () => {
    const st = stepperFromText(
      tiny({
        clock: { start: '2025-01', end: '2025-02' },
        outcomes: { first: { label: 'F', rule: 'indicators.x > 0', priority: 1 }, second: { label: 'S', rule: 'true', priority: 2 } },
      }),
    );
    let w = st.initial;
    w = st.step(w, 'advance', 'clock', 1).world;
    expect(w).toMatchObject({ month: 1, outcome: null, ended: false });
    const last = st.step(w, 'advance', 'clock', 2);
    expect(last.world).toMatchObject({ month: 1, outcome: 'first', ended: true });
    expect(last.record.guards.map((g) => [g.role, g.passed])).toEqual([['outcome first', true]]);
  });

  it('should end undecided when no rule holds at the end', () => {
    const st = stepperFromText(tiny({ clock: { start: '2025-01', end: '2025-01' }, outcomes: { never: { label: 'N', rule: 'false', priority: 1 } } }));
    const { world, record } = st.step(st.initial, 'advance', 'clock', 1);
    expect(world).toMatchObject({ outcome: null, ended: true });
    expect(record).toMatchObject({ outcome: 'undecided', decided: true });
  });

  it('should report invariants that stop holding', () => {
    const st = stepperFromText(
      tiny({ triggers: { t: { kind: 'exogenous', label: 'T', effects: { x: { add: 1 } } } }, invariants: { small: 'indicators.x < 6.0' } }),
    );
    expect(st.violations(st.initial)).toEqual([]);
    expect(st.step(st.initial, 't', 'fired', 1).record.violations).toEqual(['small']);
  });

  it('should name the expression and its position when it fails at run time', () => {
    const st = stepperFromText(tiny({ triggers: { t: { kind: 'exogenous', label: 'T', effects: { x: { set: '1 / (month - month)' } } } } }));
    expect(() => st.step(st.initial, 't', 'fired', 1)).toThrow(/inline\.yaml:\d+:\d+: triggers\.t\.effects\.x\.set failed: division by zero/);
  });
});
