// An IR whose uncertain parameters read from slots: one kernel serves every draw of a nested batch, set between draws.
import { type CompiledExpr, reviseExpr } from '../scenario/checkExpressions.js';
import { centralParameters } from '../scenario/checkParameters.js';
import { type CelNode, paramsOf } from '../scenario/walkCel.js';
import type { EffectIR, IndicatorIR, IR, TransitionIR, TriggerIR } from './ir.js';

/** An expression that reads slot `index`, at the place the range was written. */
function slotExpr(base: CompiledExpr, slots: Float64Array, index: number): CompiledExpr {
  return reviseExpr(base, {
    text: `parameter ${index}`,
    reads: [],
    ast: { op: 'slot', args: { slots, index }, pos: 0, start: 0, end: 0 },
    run: () => slots[index],
  });
}

/** The expression with each `params.NAME` that has a slot read from it (in the tree the kernel compiles, and in CEL evaluation). */
function slotParams(expr: CompiledExpr, slots: Float64Array, slotOf: ReadonlyMap<string, number>, view: Readonly<Record<string, number>>): CompiledExpr {
  const names = paramsOf(expr.ast).filter((n) => slotOf.has(n));
  if (names.length === 0) return expr;
  const rewrite = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(rewrite);
    if (typeof x !== 'object' || x === null || typeof (x as CelNode).op !== 'string') return x;
    const node = x as CelNode;
    const index = node.param === undefined ? undefined : slotOf.get(node.param);
    if (index !== undefined) return { op: 'slot', args: { slots, index }, pos: node.pos, start: node.start, end: node.end };
    if (node.op === 'value' || node.op === 'id') return node;
    return { ...node, args: rewrite(node.args) };
  };
  const runWith = expr.runWith;
  return reviseExpr(expr, { ast: rewrite(expr.ast) as CelNode, run: runWith ? (a) => runWith(a, view) : expr.run });
}

/** The IR with parameter i (in the order of `ir.parameters`) read from `slots[i]`; `slots` starts at the central values. */
export function withParameterSlots(ir: IR): { ir: IR; slots: Float64Array } {
  const slots = Float64Array.from(ir.parameters, (p) => p.distribution.central);
  if (ir.parameters.length === 0) return { ir, slots };
  const index = new Map(ir.parameters.map((p, i) => [p.id, i]));
  const slotOf = new Map(ir.parameters.flatMap((p, i) => (p.kind === 'parameter' ? [[p.owner, i] as const] : [])));
  const view: Record<string, number> = Object.fromEntries(centralParameters(ir.scenario));
  for (const [name, i] of slotOf) Object.defineProperty(view, name, { enumerable: true, get: () => slots[i] });
  const named = <T extends CompiledExpr | null>(e: T): T => (e === null ? e : (slotParams(e, slots, slotOf, view) as T));
  const triggers: TriggerIR[] = ir.triggers.map((t) => {
    const chance = index.get(`triggers.${t.id}.chance`);
    const effects: EffectIR[] = t.effects.map((e) => {
      const i = index.get(`triggers.${t.id}.effects.${e.indicator}.${e.op}`);
      return i === undefined ? { ...e, expr: named(e.expr) } : { ...e, expr: slotExpr(e.expr, slots, i) };
    });
    const moved = new Map<TransitionIR, TransitionIR>(t.transitions.map((tr) => [tr, { ...tr, guard: named(tr.guard) }]));
    const candidates = new Map(
      [...t.candidates].map(([actor, perLeaf]) => [actor, new Map([...perLeaf].map(([leaf, list]) => [leaf, list.map((tr) => moved.get(tr) ?? tr)]))]),
    );
    return {
      ...t,
      when: named(t.when),
      chance: chance === undefined || !t.chance ? named(t.chance) : slotExpr(t.chance, slots, chance),
      effects,
      transitions: [...moved.values()],
      candidates,
    };
  });
  const indicators: IndicatorIR[] = ir.indicators.map((ind) => {
    const i = index.get(`indicators.${ind.id}.initial`);
    if (i === undefined) return ind;
    return {
      id: ind.id,
      min: ind.min,
      max: ind.max,
      drift: ind.drift,
      get initial() {
        return slots[i] as number;
      },
    };
  });
  const outcomes = ir.outcomes.map((o) => ({ ...o, rule: named(o.rule) }));
  const invariants = ir.invariants.map((inv) => ({ ...inv, expr: named(inv.expr) }));
  return { ir: { ...ir, indicators, triggers, triggerById: new Map(triggers.map((t) => [t.id, t])), outcomes, invariants }, slots };
}
