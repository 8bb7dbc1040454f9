// CEL syntax tree → a JS closure over the kernel's typed arrays, with the shared operator table. No eval: each node becomes a small function.
import { CelOpError, type CelType, type CelValue, findOperator } from '../../scenario/celOperators.js';
import type { Activation, CompiledExpr } from '../../scenario/checkExpressions.js';
import type { CelNode } from '../../scenario/walkCel.js';
import type { KernelState } from './kernelState.js';
import { type NodeFn, specializeBinary, type Typed } from './specializeBinary.js';

type Value = number | boolean | string;
/** A compiled expression: reads the state, returns a value; throws KernelError on arithmetic errors. */
export type KernelFn = (k: KernelState) => Value;

/** An evaluation failure inside the kernel (the CEL evaluator fails the same way). */
export class KernelError extends CelOpError {}

/** Where names live in the kernel state. */
export type KernelLayout = {
  readonly indicatorIndex: ReadonlyMap<string, number>;
  readonly actorIndex: ReadonlyMap<string, number>;
  /** Per actor, the state id of each leaf index. */
  readonly leafNames: readonly (readonly string[])[];
  /** `YYYY-MM` of each month index. */
  readonly dates: readonly string[];
};

/** Compiles an expression for the kernel; constructs it does not know fall back to the CEL evaluator. */
export function compileKernelExpr(expr: CompiledExpr, layout: KernelLayout): KernelFn {
  const compiled = compileKernelNode(expr.ast, layout);
  if (compiled) return compiled;
  return (k) => fallback(expr, layout, k);
}

/** Compiles a syntax tree with the shared operator table, or null when it holds a construct the kernel does not compile. */
export function compileKernelNode(ast: CelNode, layout: KernelLayout): KernelFn | null {
  const months = layout.dates.map((_, m) => BigInt(m));
  const c = compileNode(ast, layout, months);
  if (!c) return null;
  if (c.constant) {
    const v = c.type === 'int' ? Number(c.value) : (c.value as Value);
    return () => v;
  }
  const fn = c.fn;
  return c.type === 'int' ? (k) => Number(fn(k)) : (fn as KernelFn);
}

/** The value of an expression that is the same in every state (after folding), or undefined. */
export function constantOf(ast: CelNode, layout: KernelLayout): Value | undefined {
  const c = compileNode(ast, layout, []);
  if (!c?.constant) return undefined;
  return c.type === 'int' ? Number(c.value) : (c.value as Value);
}

/** A value known when compiling. */
const constant = (value: CelValue, type: CelType): Typed => ({ fn: () => value, type, constant: true, value, total: true });

function compileNode(node: CelNode, L: KernelLayout, months: readonly bigint[]): Typed | null {
  const args = node.args as unknown;
  const sub = (x: CelNode) => compileNode(x, L, months);
  switch (node.op) {
    case 'value': {
      const v = args;
      if (typeof v === 'bigint') return constant(v, 'int');
      if (typeof v === 'number') return constant(v, 'double');
      if (typeof v === 'boolean') return constant(v, 'bool');
      if (typeof v === 'string') return constant(v, 'string');
      return null;
    }
    case 'slot': {
      // A parameter that the outer loop of a nested batch sets between draws (withParameterSlots).
      const { slots, index } = args as { slots: Float64Array; index: number };
      return { fn: () => slots[index] as number, type: 'double', total: true };
    }
    case 'id':
      if (args === 'month') return { fn: (k) => months[k.month] as bigint, type: 'int', total: true };
      if (args === 'date') return { fn: (k) => L.dates[k.month] as string, type: 'string', total: true };
      return null;
    case '.':
      return member(args as [CelNode, string], L);
    case '?:':
      return choice((args as CelNode[]).map(sub));
    case '&&':
    case '||':
      return logical(node.op, (args as CelNode[]).map(sub));
    case 'in':
      return contains(args as [CelNode, CelNode], sub);
    case 'call': {
      const [name, callArgs] = args as [string, CelNode[]];
      return apply(name, callArgs.map(sub));
    }
    default:
      if (Array.isArray(args)) return apply(node.op, (args as CelNode[]).map(sub));
      return /_$/.test(node.op) ? apply(node.op, [sub(args as CelNode)]) : null;
  }
}

function member([target, field]: [CelNode, string], L: KernelLayout): Typed | null {
  if (target.op !== 'id') return null;
  if (target.args === 'indicators') {
    const i = L.indicatorIndex.get(field);
    return i === undefined ? null : { fn: (k) => k.ind[i] as number, type: 'double', total: true, indicator: i };
  }
  if (target.args === 'actors') {
    const a = L.actorIndex.get(field);
    if (a === undefined) return null;
    const names = L.leafNames[a] as readonly string[];
    return { fn: (k) => names[k.actorState[a] as number] as string, type: 'string', total: true, actor: a, leafNames: names };
  }
  return null;
}

/** `c ? a : b`: a known condition picks its side when compiling; known sides are returned without a call. */
function choice([c, a, b]: (Typed | null)[]): Typed | null {
  if (!c || !a || !b || c.type !== 'bool' || a.type !== b.type) return null;
  if (c.constant) return c.value === true ? a : b;
  const cf = c.fn;
  const total = c.total && a.total && b.total;
  if (a.constant && b.constant) {
    const x = a.value as CelValue;
    const y = b.value as CelValue;
    return { fn: (k) => (cf(k) ? x : y), type: a.type, total };
  }
  const af = a.fn;
  const bf = b.fn;
  return { fn: (k) => (cf(k) ? af(k) : bf(k)), type: a.type, total };
}

/** An overload from the shared table, applied to compiled arguments; known arguments are folded when it cannot fail. */
function apply(name: string, xs: readonly (Typed | null)[]): Typed | null {
  if (xs.some((x) => !x)) return null;
  const ts = xs as readonly Typed[];
  const o = findOperator(
    name,
    ts.map((x) => x.type),
  );
  if (!o) return null;
  const impl = o.impl as (...v: CelValue[]) => CelValue;
  if (ts.every((x) => x.constant)) {
    try {
      return constant(impl(...ts.map((x) => x.value as CelValue)), o.result);
    } catch {
      // Fails for every state: left to fail when evaluated, with the evaluator's message.
    }
  }
  const [a, b, c] = ts.map((x) => x.fn);
  if (ts.length === 1 && a) return { fn: (k) => impl(a(k)), type: o.result, total: o.result === 'bool' && (ts[0] as Typed).total };
  if (ts.length === 2 && a && b) {
    const special = specializeBinary(o, ts[0] as Typed, ts[1] as Typed);
    if (special) return special;
    return { fn: (k) => impl(a(k), b(k)), type: o.result, total: false };
  }
  if (ts.length === 3 && a && b && c) return { fn: (k) => impl(a(k), b(k), c(k)), type: o.result, total: false };
  return null;
}

/** CEL's commutative `&&` and `||`: a side that decides the result (false for &&, true for ||) absorbs an error on the other side. */
function logical(op: '&&' | '||', [l, r]: (Typed | null)[]): Typed | null {
  if (!l || !r || l.type !== 'bool' || r.type !== 'bool') return null;
  const x = l.fn;
  const y = r.fn;
  const decisive = op === '||';
  // Neither side can fail: JavaScript's own short circuit is CEL's.
  if (l.total && r.total) return { fn: decisive ? (k) => x(k) || y(k) : (k) => x(k) && y(k), type: 'bool', total: true };
  return {
    fn: (k) => {
      let a: CelValue;
      try {
        a = x(k);
      } catch (e) {
        if (!(e instanceof CelOpError)) throw e;
        if (y(k) === decisive) return decisive;
        throw e;
      }
      return a === decisive ? decisive : y(k);
    },
    type: 'bool',
    total: false,
  };
}

/** `x in [a, b, …]`: every element is evaluated (an error in any fails the list, as in CEL), then compared. */
function contains([needle, list]: [CelNode, CelNode], sub: (x: CelNode) => Typed | null): Typed | null {
  if (list.op !== 'list') return null;
  const x = sub(needle);
  const items = (list.args as CelNode[]).map(sub);
  if (!x || items.some((i) => !i)) return null;
  const eqs = (items as Typed[]).map((i) => findOperator('==', [x.type, i.type])?.impl as ((a: CelValue, b: CelValue) => boolean) | undefined);
  if (eqs.some((e) => !e)) return null;
  const fns = (items as Typed[]).map((i) => i.fn);
  const eq = eqs as ((a: CelValue, b: CelValue) => boolean)[];
  return {
    fn: (k) => {
      const v = x.fn(k);
      let found = false;
      for (let i = 0; i < fns.length; i++) if ((eq[i] as (a: CelValue, b: CelValue) => boolean)(v, (fns[i] as NodeFn)(k))) found = true;
      return found;
    },
    type: 'bool',
    total: false,
  };
}

/** Evaluates with the CEL library on an activation built from the state (allocates; only for rare constructs). */
function fallback(expr: CompiledExpr, L: KernelLayout, k: KernelState): Value {
  const indicators: Record<string, number> = {};
  for (const [id, i] of L.indicatorIndex) indicators[id] = k.ind[i] as number;
  const actors: Record<string, string> = {};
  for (const [id, a] of L.actorIndex) actors[id] = (L.leafNames[a] as readonly string[])[k.actorState[a] as number] as string;
  const act: Activation = { indicators, actors, month: BigInt(k.month), date: L.dates[k.month] as string };
  try {
    const v = expr.run(act);
    return typeof v === 'bigint' ? Number(v) : (v as Value);
  } catch (e) {
    throw new KernelError(e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e));
  }
}
