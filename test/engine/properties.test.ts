import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { advance, fire, roll, type Session, startSession, timeline, undo } from '../../src/engine/session.js';
import { parseSession, serializeSession } from '../../src/engine/sessionFile.js';
import { runReport } from '../../src/report/runReport.js';
import { type ArbAction, arbActions, arbScenarioText } from '../arbitraries.js';
import { stepperFromText } from '../helpers.js';
import { propertyRuns } from '../propertyRuns.js';

/** Applies actions, skipping the ones the session refuses (a blocked trigger, an ended clock). */
const play = (start: Session, actions: readonly ArbAction[]): Session => {
  let s = start;
  const ids = s.stepper.ir.triggers.map((t) => t.id);
  for (const a of actions) {
    try {
      if (a.kind === 'fire') s = fire(s, ids[a.index % ids.length] as string);
      else if (a.kind === 'advance') s = advance(s);
      else if (a.kind === 'roll') s = roll(s);
      else s = undo(s);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
    }
  }
  return s;
};

const RUNS = { numRuns: propertyRuns(60) };

describe('engine properties over random scenarios and action sequences', () => {
  it('should keep every indicator within its bounds at every step', () => {
    fc.assert(
      fc.property(arbScenarioText, arbActions, fc.nat(1000), (text, actions, seed) => {
        const s = play(startSession(stepperFromText(text), seed), actions);
        const bounds = new Map(s.stepper.ir.indicators.map((i) => [i.id, i]));
        for (const step of timeline(s)) {
          for (const e of step.effects) {
            const b = bounds.get(e.indicator);
            expect(e.after).toBeGreaterThanOrEqual(b?.min ?? 0);
            expect(e.after).toBeLessThanOrEqual(b?.max ?? 0);
          }
          expect(step.violations).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('should give the same JSON for the same scenario, actions and seed', () => {
    fc.assert(
      fc.property(arbScenarioText, arbActions, fc.nat(1000), (text, actions, seed) => {
        const json = () => {
          const s = play(startSession(stepperFromText(text), seed), actions);
          return JSON.stringify(runReport(s.stepper.ir, seed, timeline(s), s.cursor.world));
        };
        expect(json()).toBe(json());
      }),
      RUNS,
    );
  });

  it('should make undo after fire the identity', () => {
    fc.assert(
      fc.property(arbScenarioText, arbActions, fc.nat(6), (text, actions, index) => {
        const s = play(startSession(stepperFromText(text), 1), actions);
        const id = s.stepper.ir.triggers[index % s.stepper.ir.triggers.length]?.id as string;
        let fired: Session;
        try {
          fired = fire(s, id);
        } catch (e) {
          if (e instanceof UserError) return;
          throw e;
        }
        const back = undo(fired);
        expect(back.cursor).toBe(s.cursor);
        expect(back.cursor.world).toEqual(s.cursor.world);
      }),
      RUNS,
    );
  });

  it('should load what it saves: load(save(s)) = s', () => {
    fc.assert(
      fc.property(arbScenarioText, arbActions, fc.nat(1000), (text, actions, seed) => {
        const s = play(startSession(stepperFromText(text), seed), actions);
        const loaded = parseSession(serializeSession(s), 'p.session.json', s.stepper);
        expect(loaded.cursor.world).toEqual(s.cursor.world);
        expect(loaded.cursor.depth).toBe(s.cursor.depth);
        expect(serializeSession(loaded)).toBe(serializeSession(s));
      }),
      RUNS,
    );
  });
});
