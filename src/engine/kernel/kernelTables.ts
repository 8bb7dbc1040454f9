// The kernel's tables: every name as an index, every expression compiled into a closure, once.
import { formatMonth } from '../../core/month.js';
import type { CompiledExpr } from '../../scenario/checkExpressions.js';
import type { IR } from '../ir.js';
import { compileKernelExpr, constantOf, type KernelFn, type KernelLayout } from './compileKernelExpr.js';

export type Candidate = { readonly to: number; readonly guard: KernelFn | null };
export type KTrigger = {
  readonly id: string;
  readonly kind: 'exogenous' | 'move' | 'scheduled';
  readonly actor: number;
  readonly when: KernelFn | null;
  readonly chance: KernelFn | null;
  /** The chance when it is the same in every state (clamped to 0–1), else -1. */
  readonly fixedChance: number;
  readonly effects: readonly { readonly ind: number; readonly op: 0 | 1 | 2; readonly fn: KernelFn; readonly source: CompiledExpr }[];
  /** The actors with at least one candidate: the only ones a firing can move. */
  readonly moves: Int32Array;
  /** [i][leaf] → candidates in priority order for actor `moves[i]` (empty array when none): sparse, so tables stay linear in size. */
  readonly candidates: readonly (readonly (readonly Candidate[])[])[];
  /** The expressions as written, for naming them (file:line:col) in a message: plain data, so the hot loop's objects stay simple. */
  readonly whenSource: CompiledExpr | null;
  readonly chanceSource: CompiledExpr | null;
};

/** `file:line:col: path` of an expression, for a message (its position is worked out then). */
export const whereOf = (e: CompiledExpr | null): string => (e ? `${e.at}: ${e.path}` : '');

/** Compiles the IR into flat tables for the kernel. */
export function kernelTables(ir: IR) {
  const layout: KernelLayout = {
    indicatorIndex: new Map(ir.indicators.map((i, n) => [i.id, n])),
    actorIndex: new Map(ir.actors.map((a, n) => [a.id, n])),
    leafNames: ir.actors.map((a) => a.states.filter((s) => s.isLeaf).map((s) => s.id)),
    dates: Array.from({ length: ir.months + 1 }, (_, m) => formatMonth(ir.start + m)),
  };
  const leafIndex = (actor: number, id: string) => (layout.leafNames[actor] as readonly string[]).indexOf(id);
  const compile = sharedCompiler(layout);
  const triggers: KTrigger[] = ir.triggers.map((t) => {
    const moves = [...t.candidates.keys()].map((id) => layout.actorIndex.get(id) as number).sort((a, b) => a - b);
    return {
      id: t.id,
      kind: t.kind,
      actor: t.actor === null ? -1 : (layout.actorIndex.get(t.actor) as number),
      when: t.when && compile(t.when),
      chance: t.chance && compile(t.chance),
      fixedChance: fixedChance(t.chance, layout),
      whenSource: t.when,
      chanceSource: t.chance,
      effects: t.effects.map((e) => ({
        ind: layout.indicatorIndex.get(e.indicator) as number,
        op: e.op === 'add' ? 0 : e.op === 'mul' ? 1 : 2,
        fn: compile(e.expr),
        source: e.expr,
      })),
      moves: Int32Array.from(moves),
      candidates: moves.map((ai) => {
        const byLeaf = t.candidates.get((ir.actors[ai] as (typeof ir.actors)[number]).id);
        return (layout.leafNames[ai] as readonly string[]).map((leaf) =>
          (byLeaf?.get(leaf) ?? []).map((c) => ({ to: leafIndex(ai, c.toLeaf), guard: c.guard && compile(c.guard) })),
        );
      }),
    };
  });
  const triggerIndex = new Map(ir.triggers.map((t, i) => [t.id, i]));
  const movesByActor: number[][] = ir.actors.map(() => []);
  triggers.forEach((t, ti) => {
    if (t.kind === 'move') movesByActor[t.actor]?.push(ti);
  });
  return {
    layout,
    leafIndex,
    min: Float64Array.from(ir.indicators, (i) => i.min),
    max: Float64Array.from(ir.indicators, (i) => i.max),
    triggers,
    outcomes: ir.outcomes.map((o) => ({
      id: o.id,
      lock: o.lock,
      rule: compile(o.rule),
      source: o.rule,
    })),
    invariants: ir.invariants.map((inv) => ({ id: inv.id, fn: compile(inv.expr) })),
    schedule: Array.from({ length: ir.months + 1 }, (_, m) => (ir.schedule.get(m) ?? []).map((id) => triggerIndex.get(id) as number)),
    movesByActor,
    exogenous: triggers.flatMap((t, ti) => (t.kind === 'exogenous' ? [ti] : [])),
  };
}

/** A chance that does not depend on the state, as the kernel uses it; -1 when it does or when it fails. */
function fixedChance(chance: CompiledExpr | null, layout: KernelLayout): number {
  if (!chance) return 0;
  const v = Number(constantOf(chance.ast, layout));
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : -1;
}

/**
 * Compiles each distinct expression once and shares the closure between the places that write it: a scenario with
 * thousands of triggers on a few chance formulas keeps a few closures, which stay in the processor's cache.
 */
function sharedCompiler(layout: KernelLayout): (expr: CompiledExpr) => KernelFn {
  const compiled = new Map<string, KernelFn>();
  const slotIds = new WeakMap<Float64Array, number>();
  let unique = 0;
  let slotArrays = 0;
  // The tree by its operators and arguments only (nodes also carry positions and, once checked, cyclic type objects).
  const keyOf = (x: unknown): string => {
    if (Array.isArray(x)) return `[${x.map(keyOf).join(',')}]`;
    if (typeof x === 'bigint') return `${x}n`;
    if (typeof x === 'number') return Object.is(x, -0) ? '-0' : String(x);
    if (typeof x === 'string') return JSON.stringify(x);
    if (typeof x !== 'object' || x === null) return String(x);
    if (x instanceof Float64Array) {
      // A parameter slot: the array is one object for a whole IR.
      if (!slotIds.has(x)) slotIds.set(x, slotArrays++);
      return `slots#${slotIds.get(x)}`;
    }
    const o = x as { op?: unknown; args?: unknown; slots?: unknown; index?: unknown };
    if (typeof o.op === 'string') return `(${o.op} ${keyOf(o.args)})`;
    if (o.slots instanceof Float64Array) return `{${keyOf(o.slots)}[${keyOf(o.index)}]}`;
    // Anything else is never shared.
    return `?${unique++}`;
  };
  return (expr) => {
    const key = keyOf(expr.ast);
    let fn = compiled.get(key);
    if (!fn) {
      fn = compileKernelExpr(expr, layout);
      compiled.set(key, fn);
    }
    return fn;
  };
}
