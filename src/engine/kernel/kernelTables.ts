// The kernel's tables: every name as an index, every expression compiled into a closure, once.
import { formatMonth } from '../../core/month.js';
import type { IR } from '../ir.js';
import { compileKernelExpr, type KernelFn, type KernelLayout } from './compileKernelExpr.js';

export type Candidate = { readonly to: number; readonly guard: KernelFn | null };
export type KTrigger = {
  readonly id: string;
  readonly kind: 'exogenous' | 'move' | 'scheduled';
  readonly actor: number;
  readonly when: KernelFn | null;
  readonly chance: KernelFn | null;
  readonly effects: readonly { readonly ind: number; readonly op: 0 | 1 | 2; readonly fn: KernelFn; readonly at: string }[];
  /** The actors with at least one candidate: the only ones a firing can move. */
  readonly moves: Int32Array;
  /** [i][leaf] → candidates in priority order for actor `moves[i]` (empty array when none): sparse, so tables stay linear in size. */
  readonly candidates: readonly (readonly (readonly Candidate[])[])[];
  readonly whenAt: string;
  readonly chanceAt: string;
};

/** Compiles the IR into flat tables for the kernel. */
export function kernelTables(ir: IR) {
  const layout: KernelLayout = {
    indicatorIndex: new Map(ir.indicators.map((i, n) => [i.id, n])),
    actorIndex: new Map(ir.actors.map((a, n) => [a.id, n])),
    leafNames: ir.actors.map((a) => a.states.filter((s) => s.isLeaf).map((s) => s.id)),
    dates: Array.from({ length: ir.months + 1 }, (_, m) => formatMonth(ir.start + m)),
  };
  const leafIndex = (actor: number, id: string) => (layout.leafNames[actor] as readonly string[]).indexOf(id);
  const triggers: KTrigger[] = ir.triggers.map((t) => {
    const moves = ir.actors.flatMap((a, ai) => (t.candidates.has(a.id) ? [ai] : []));
    return {
      id: t.id,
      kind: t.kind,
      actor: t.actor === null ? -1 : (layout.actorIndex.get(t.actor) as number),
      when: t.when && compileKernelExpr(t.when, layout),
      chance: t.chance && compileKernelExpr(t.chance, layout),
      whenAt: t.when ? `${t.when.at}: ${t.when.path}` : '',
      chanceAt: t.chance ? `${t.chance.at}: ${t.chance.path}` : '',
      effects: t.effects.map((e) => ({
        ind: layout.indicatorIndex.get(e.indicator) as number,
        op: e.op === 'add' ? 0 : e.op === 'mul' ? 1 : 2,
        fn: compileKernelExpr(e.expr, layout),
        at: `${e.expr.at}: ${e.expr.path}`,
      })),
      moves: Int32Array.from(moves),
      candidates: moves.map((ai) => {
        const byLeaf = t.candidates.get((ir.actors[ai] as (typeof ir.actors)[number]).id);
        return (layout.leafNames[ai] as readonly string[]).map((leaf) =>
          (byLeaf?.get(leaf) ?? []).map((c) => ({ to: leafIndex(ai, c.toLeaf), guard: c.guard && compileKernelExpr(c.guard, layout) })),
        );
      }),
    };
  });
  return {
    layout,
    leafIndex,
    min: Float64Array.from(ir.indicators, (i) => i.min),
    max: Float64Array.from(ir.indicators, (i) => i.max),
    triggers,
    outcomes: ir.outcomes.map((o) => ({ id: o.id, lock: o.lock, rule: compileKernelExpr(o.rule, layout), at: `${o.rule.at}: ${o.rule.path}` })),
    invariants: ir.invariants.map((inv) => ({ id: inv.id, fn: compileKernelExpr(inv.expr, layout) })),
    schedule: Array.from({ length: ir.months + 1 }, (_, m) => (ir.schedule.get(m) ?? []).map((id) => ir.triggers.findIndex((t) => t.id === id))),
    movesByActor: ir.actors.map((_, ai) => triggers.flatMap((t, ti) => (t.kind === 'move' && t.actor === ai ? [ti] : []))),
    exogenous: triggers.flatMap((t, ti) => (t.kind === 'exogenous' ? [ti] : [])),
  };
}
