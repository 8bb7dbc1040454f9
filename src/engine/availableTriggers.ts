// Which triggers can fire now, and for each one that cannot, why, with the values seen.
import type { CatalogText } from '../core/errors.js';
import { formatMonth } from '../core/month.js';
import { catalogText } from '../i18n/messages.js';
import { msg } from '../i18n/userError.js';
import type { Activation } from '../scenario/checkExpressions.js';
import type { Stepper } from './createStepper.js';
import type { TriggerIR } from './ir.js';
import type { GuardCheck } from './stepRecord.js';
import { activationOf, EvaluationFailure, evaluate, readValues, type World } from './world.js';

/** Why a trigger cannot be fired by hand right now. */
export type Blocked =
  | { readonly kind: 'ended'; readonly outcome: string }
  | { readonly kind: 'scheduled'; readonly dates: readonly string[] }
  | { readonly kind: 'precondition'; readonly check: GuardCheck }
  | { readonly kind: 'error'; readonly message: string; readonly reason: CatalogText };

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
    const reason = e instanceof EvaluationFailure ? e.text : msg('err.plain', { message: e instanceof Error ? e.message : String(e) });
    return { id: t.id, enabled: false, blocked: { kind: 'error', message: e instanceof Error ? e.message : String(e), reason } };
  }
}

/** Why a trigger is blocked, as a catalog message, e.g. `precondition actors.krg == "lobbying" is false (actors.krg = "silent")`; expressions and values stay as written. */
export function blockedReason(b: Blocked): CatalogText {
  switch (b.kind) {
    case 'ended':
      return msg('blocked.ended', { outcome: b.outcome });
    case 'scheduled':
      return msg('blocked.scheduled', { dates: b.dates.join(', ') });
    case 'error':
      return b.reason;
    case 'precondition': {
      const values = Object.entries(b.check.values).map(([k, v]) => `${k} = ${typeof v === 'string' ? `"${v}"` : round(v)}`);
      return values.length > 0
        ? msg('blocked.preconditionValues', { expr: b.check.expr, values: values.join(', ') })
        : msg('blocked.precondition', { expr: b.check.expr });
    }
  }
}

/** The reason a trigger is blocked, in English (the CLI's words). */
export function describeBlocked(b: Blocked): string {
  return catalogText('en', blockedReason(b));
}

function round(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(2);
}
