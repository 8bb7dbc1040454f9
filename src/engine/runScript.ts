// Plays script steps on a session and checks expectations along the way.
import { UserError } from '../core/errors.js';
import { msg } from '../i18n/userError.js';
import type { Expectation } from '../scenario/scriptSchema.js';
import type { ScriptStep } from '../scenario/scriptStep.js';
import { checkExpectation, type Mismatch } from './checkExpectation.js';
import { advance, advanceToDeadline, fire, roll, type Session } from './session.js';

/** The result of one expectation check. */
export type ExpectationResult = { readonly where: string; readonly step: number; readonly mismatches: readonly Mismatch[] };

/** Runs the steps; an error in a step names the step's position. */
export function runScript(
  start: Session,
  steps: readonly ScriptStep[],
  finalExpect?: { expect: Expectation; where: string },
): { session: Session; checks: ExpectationResult[] } {
  let s = start;
  const checks: ExpectationResult[] = [];
  const expectNow = (expect: Expectation, where: string) =>
    checks.push({ where, step: s.cursor.steps, mismatches: checkExpectation(s.stepper.ir, s.cursor.world, expect) });
  for (const step of steps) {
    try {
      if (step.kind === 'fire') s = fire(s, step.trigger);
      else if (step.kind === 'advance') s = advance(s, step.months);
      else if (step.kind === 'roll') s = roll(s, step.months);
      else if (step.kind === 'deadline') s = advanceToDeadline(s);
      else expectNow(step.expect, step.where);
    } catch (e) {
      // The step's place goes in front; an error from the catalog stays one, so `run --lang` words it in its language.
      if (e instanceof UserError)
        throw new UserError(
          `${step.where}: ${e.message}`,
          e.hint,
          e.text && { ...e.text, message: msg('err.at', { where: step.place ?? step.where, message: e.text.message }) },
        );
      throw e;
    }
  }
  if (finalExpect) expectNow(finalExpect.expect, finalExpect.where);
  return { session: s, checks };
}
