// What the over-approximation proves beyond states and outcomes: that no evaluation error can stop a run, and that invariants hold.
import type { IR } from '../engine/ir.js';
import type { CompiledExpr } from '../scenario/checkExpressions.js';
import type { Abstract } from './abstractValue.js';
import { evalAbstract, truthOf } from './evalAbstract.js';
import { actorCases, type ReachBound } from './overApproximate.js';

/** Whether a number an effect or chance gives can fail: an error, or not a finite number (the kernel stops the run on it). */
const numberMayFail = (a: Abstract): boolean =>
  a.err || !a.ok || a.v.kind !== 'num' || a.v.nan || a.v.infinite === true || !Number.isFinite(a.v.lo) || !Number.isFinite(a.v.hi);

/**
 * Whether some expression a run evaluates (precondition, chance, effect, guard, outcome rule) can fail anywhere inside the
 * over-approximation. False proves that no evaluation error ever stops a run.
 */
export function mayFailSomewhere(ir: IR, bound: ReachBound): boolean {
  const fails = (e: CompiledExpr | null, numeric: boolean): boolean => {
    if (!e) return false;
    const a = evalAbstract(e.ast, bound.env);
    return numeric ? numberMayFail(a) : a.err || !a.ok;
  };
  for (const t of ir.triggers) {
    // Every precondition is evaluated, even one that never holds; the rest only when the trigger can fire.
    if (fails(t.when, false)) return true;
    if (!bound.enabled.has(t.id)) continue;
    if (fails(t.chance, true)) return true;
    if (t.effects.some((e) => fails(e.expr, true)) || t.transitions.some((tr) => fails(tr.guard, false))) return true;
  }
  return ir.outcomes.some((o) => fails(o.rule, false));
}

/**
 * Per invariant, whether the over-approximation proves it holds in every reachable state: judged once per combination of
 * the states of the actors it reads, so that it is true (never false, never an error) in each.
 */
export function provenInvariants(ir: IR, bound: ReachBound): boolean[] {
  return ir.invariants.map((inv) => actorCases(inv.expr.reads, bound.env, bound.leaves).every((env) => !truthOf(inv.expr.ast, env).cannot));
}
