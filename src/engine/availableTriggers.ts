// Which triggers can fire now, and for each one that cannot, why, with the values seen.
import { formatMonth } from '../core/month.js';
import type { Activation } from '../scenario/checkExpressions.js';
import type { Stepper } from './createStepper.js';
import type { TriggerIR } from './ir.js';
import type { GuardCheck } from './stepRecord.js';
import { activationOf, evaluate, readValues, type World } from './world.js';

/** Why a trigger cannot be fired by hand right now. */
export type Blocked =
  | { readonly kind: 'ended'; readonly outcome: string }
  | { readonly kind: 'scheduled'; readonly dates: readonly string[] }
  | { readonly kind: 'precondition'; readonly check: GuardCheck }
  | { readonly kind: 'error'; readonly message: string };

export type TriggerStatus = { readonly id: string; readonly enabled: boolean; readonly blocked: Blocked | null };

/** The status of every trigger in file order. */
export function availableTriggers(stepper: Stepper, world: World): TriggerStatus[] {
  const act = activationOf(stepper.ir, world);
  return stepper.ir.triggers.map((t) => statusOf(stepper, world, t, act));
}

/** The status of one trigger (as listed by `availableTriggers`), without evaluating the others. */
export function triggerStatus(stepper: Stepper, world: World, trigger: TriggerIR): TriggerStatus {
  return statusOf(stepper, world, trigger, activationOf(stepper.ir, world));
}

function statusOf(stepper: Stepper, world: World, t: TriggerIR, act: Activation): TriggerStatus {
  const { ir } = stepper;
  if (world.ended) return { id: t.id, enabled: false, blocked: { kind: 'ended', outcome: world.outcome ?? 'undecided' } };
  if (t.kind === 'scheduled') {
    const dates = [...ir.schedule].filter(([, ids]) => ids.includes(t.id)).map(([m]) => formatMonth(ir.start + m));
    return { id: t.id, enabled: false, blocked: { kind: 'scheduled', dates } };
  }
  if (!t.when) return { id: t.id, enabled: true, blocked: null };
  try {
    const passed = evaluate(t.when, act) === true;
    if (passed) return { id: t.id, enabled: true, blocked: null };
    const check = { role: 'precondition', expr: t.when.text, at: t.when.at, values: readValues(t.when, act), passed };
    return { id: t.id, enabled: false, blocked: { kind: 'precondition', check } };
  } catch (e) {
    return { id: t.id, enabled: false, blocked: { kind: 'error', message: e instanceof Error ? e.message : String(e) } };
  }
}

/** A one-line reason, e.g. `precondition actors.krg == "lobbying" is false (actors.krg = "silent")`. */
export function describeBlocked(b: Blocked): string {
  switch (b.kind) {
    case 'ended':
      return `the scenario has ended (outcome: ${b.outcome})`;
    case 'scheduled':
      return `fires by itself with the clock (${b.dates.join(', ')})`;
    case 'error':
      return b.message;
    case 'precondition': {
      const values = Object.entries(b.check.values).map(([k, v]) => `${k} = ${typeof v === 'string' ? `"${v}"` : round(v)}`);
      return `precondition ${b.check.expr} is false${values.length > 0 ? ` (${values.join(', ')})` : ''}`;
    }
  }
}

function round(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}
