// Findings read from the file and interval arithmetic alone: chances that can leave [0, 1], expressions that always fail, triggers that do nothing.
import { formatMonth } from '../core/month.js';
import type { IR } from '../engine/ir.js';
import type { CompiledExpr } from '../scenario/checkExpressions.js';
import { unusedParameters } from '../scenario/checkParameters.js';
import { type NumRange, neverFinite } from './abstractValue.js';
import { type AbstractEnv, evalAbstract } from './evalAbstract.js';
import type { Finding } from './reachFindings.js';

/** Every value the declared bounds allow: indicators anywhere in [min, max], actors in any innermost state, any month. */
export function declaredEnv(ir: IR): AbstractEnv {
  const ranges = new Map<string, NumRange>(ir.indicators.map((i) => [i.id, { kind: 'num', lo: i.min, hi: i.max, nan: false, int: false }]));
  const leaves = new Map(ir.actors.map((a) => [a.id, new Set(a.states.filter((s) => s.isLeaf).map((s) => s.id))]));
  return {
    indicator: (id) => ranges.get(id),
    actor: (id) => leaves.get(id),
    month: { kind: 'num', lo: 0, hi: ir.months, nan: false, int: true },
    dates: new Set(Array.from({ length: ir.months + 1 }, (_, m) => formatMonth(ir.start + m))),
  };
}

/** Positioned findings about single expressions and triggers; `locate` gives file:line:col of a document path. */
export function staticFindings(ir: IR, locate: (path: readonly string[]) => string): Finding[] {
  const env = declaredEnv(ir);
  const out: Finding[] = [];
  const failsAlways = (e: CompiledExpr, numeric: boolean): boolean => {
    const a = evalAbstract(e.ast, env);
    return !a.ok || (numeric && a.v.kind === 'num' && neverFinite(a.v));
  };
  const checkFails = (e: CompiledExpr | null, numeric: boolean) => {
    if (e && failsAlways(e, numeric))
      out.push({
        severity: 'error',
        grounds: 'abstraction',
        code: 'always-fails',
        subject: e.path,
        at: e.at,
        message: `${e.path} (${e.text}) fails for every value the indicators' declared ranges allow${numeric ? ' (an error, or not a finite number)' : ''}, so any run that evaluates it stops`,
      });
  };
  for (const t of ir.triggers) {
    checkFails(t.when, false);
    checkFails(t.chance, true);
    for (const e of t.effects) checkFails(e.expr, true);
    for (const tr of t.transitions) checkFails(tr.guard, false);
    const chance = t.chance && evalAbstract(t.chance.ast, env);
    if (t.chance && chance?.ok && chance.v.kind === 'num' && !neverFinite(chance.v) && (chance.v.lo < 0 || chance.v.hi > 1)) {
      const span = `[${round(chance.v.lo)}, ${round(chance.v.hi)}]`;
      out.push({
        severity: 'warning',
        grounds: 'abstraction',
        code: 'chance-range',
        subject: t.id,
        at: t.chance.at,
        message: `the chance of "${t.id}" (${t.chance.text}) can leave [0, 1]: over the indicators' declared ranges it lies in ${span} (interval arithmetic); a finite value is clamped to [0, 1] when rolled${mayBeNonFinite(chance.v) ? ', but one that is not a finite number (±Infinity or NaN, possible here) stops the run' : ''}`,
      });
    }
    if (t.effects.length === 0 && t.transitions.length === 0)
      out.push({
        severity: 'warning',
        grounds: 'file',
        code: 'no-effect',
        subject: t.id,
        at: locate(['triggers', t.id]),
        message: `trigger "${t.id}" has no effects and no transitions, so firing it changes nothing; add some, or remove it`,
      });
  }
  for (const o of ir.outcomes) checkFails(o.rule, false);
  const exprs = [
    ...ir.triggers.flatMap((t) => [t.when, t.chance, ...t.effects.map((e) => e.expr), ...t.transitions.map((tr) => tr.guard)]),
    ...ir.outcomes.map((o) => o.rule),
  ];
  for (const name of unusedParameters(ir.scenario, [...exprs, ...ir.invariants.map((i) => i.expr)]))
    out.push({
      severity: 'warning',
      grounds: 'file',
      code: 'unused-parameter',
      subject: `parameters.${name}`,
      at: locate(['parameters', name]),
      message: `parameter "${name}" is declared but no expression reads params.${name}; use it, or remove it`,
    });
  return out;
}

/** Whether a range can hold ±Infinity or NaN. */
const mayBeNonFinite = (r: NumRange): boolean => r.nan || !Number.isFinite(r.lo) || !Number.isFinite(r.hi);

const round = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : x);
