// CEL syntax tree → a JS closure over the kernel's typed arrays. No eval: each node becomes a small function.
import type { Activation, CompiledExpr } from '../../scenario/checkExpressions.js';
import type { CelNode } from '../../scenario/walkCel.js';
import type { KernelState } from './kernelState.js';

type Value = number | boolean | string;
/** A compiled expression: reads the state, returns a value; throws KernelError on arithmetic errors. */
export type KernelFn = (k: KernelState) => Value;
type Typed = { fn: KernelFn; type: 'int' | 'double' | 'bool' | 'string' | 'dyn' };

/** An arithmetic failure inside the kernel (the CEL evaluator would fail the same way). */
export class KernelError extends Error {}

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
  const compiled = compileNode(expr.ast, layout);
  if (compiled) return compiled.fn;
  return (k) => fallback(expr, layout, k);
}

const num = (v: Value) => v as number;

function compileNode(node: CelNode, L: KernelLayout): Typed | null {
  const args = node.args as unknown;
  switch (node.op) {
    case 'value': {
      if (typeof args === 'bigint') {
        const n = Number(args);
        return { fn: () => n, type: 'int' };
      }
      if (typeof args === 'number' || typeof args === 'boolean' || typeof args === 'string') {
        const v = args;
        return { fn: () => v, type: typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'bool' : 'string' };
      }
      return null;
    }
    case 'slot': {
      // A parameter that the outer loop of a nested batch sets between draws (withParameterSlots).
      const { slots, index } = args as { slots: Float64Array; index: number };
      return { fn: () => slots[index] as number, type: 'double' };
    }
    case 'id':
      if (args === 'month') return { fn: (k) => k.month, type: 'int' };
      if (args === 'date') return { fn: (k) => L.dates[k.month] as string, type: 'string' };
      return null;
    case '.': {
      const [target, field] = args as [CelNode, string];
      if (target.op !== 'id') return null;
      if (target.args === 'indicators') {
        const i = L.indicatorIndex.get(field);
        return i === undefined ? null : { fn: (k) => k.ind[i] as number, type: 'double' };
      }
      if (target.args === 'actors') {
        const a = L.actorIndex.get(field);
        if (a === undefined) return null;
        const names = L.leafNames[a] as readonly string[];
        return { fn: (k) => names[k.act[a] as number] as string, type: 'string' };
      }
      return null;
    }
    case '!_': {
      const x = compileNode(args as CelNode, L);
      return x && { fn: (k) => !x.fn(k), type: 'bool' };
    }
    case '-_': {
      const x = compileNode(args as CelNode, L);
      return x && { fn: (k) => -num(x.fn(k)), type: x.type };
    }
    case '?:': {
      const [c, a, b] = (args as CelNode[]).map((n) => compileNode(n, L));
      if (!c || !a || !b) return null;
      return { fn: (k) => (c.fn(k) ? a.fn(k) : b.fn(k)), type: a.type };
    }
    case '&&':
    case '||':
    case '==':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
    case '+':
    case '-':
    case '*':
    case '/':
    case '%':
      return binary(node.op, args as [CelNode, CelNode], L);
    case 'in': {
      const [needle, list] = args as [CelNode, CelNode];
      if (list.op !== 'list') return null;
      const x = compileNode(needle, L);
      const items = (list.args as CelNode[]).map((n) => compileNode(n, L));
      if (!x || items.some((i) => !i)) return null;
      const fns = items.map((i) => (i as Typed).fn);
      return { fn: (k) => fns.some((f) => f(k) === x.fn(k)), type: 'bool' };
    }
    case 'call': {
      const [name, callArgs] = args as [string, CelNode[]];
      const xs = callArgs.map((n) => compileNode(n, L));
      if (xs.some((x) => !x)) return null;
      const [a, b, c] = xs as Typed[];
      const type = xs.every((x) => x?.type === 'int') ? 'int' : 'double';
      if (name === 'min' && a && b && !c) return { fn: (k) => Math.min(num(a.fn(k)), num(b.fn(k))), type };
      if (name === 'max' && a && b && !c) return { fn: (k) => Math.max(num(a.fn(k)), num(b.fn(k))), type };
      if (name === 'clamp' && a && b && c) return { fn: (k) => Math.min(num(c.fn(k)), Math.max(num(b.fn(k)), num(a.fn(k)))), type: 'double' };
      return null;
    }
    default:
      return null;
  }
}

function binary(op: string, [l, r]: [CelNode, CelNode], L: KernelLayout): Typed | null {
  const a = compileNode(l, L);
  const b = compileNode(r, L);
  if (!a || !b) return null;
  const x = a.fn;
  const y = b.fn;
  const ints = a.type === 'int' && b.type === 'int';
  const numeric = ints ? 'int' : a.type === 'string' ? 'string' : 'double';
  switch (op) {
    case '&&':
      return { fn: (k) => (x(k) as boolean) && (y(k) as boolean), type: 'bool' };
    case '||':
      return { fn: (k) => (x(k) as boolean) || (y(k) as boolean), type: 'bool' };
    case '==':
      return { fn: (k) => x(k) === y(k), type: 'bool' };
    case '!=':
      return { fn: (k) => x(k) !== y(k), type: 'bool' };
    case '<':
      return { fn: (k) => x(k) < y(k), type: 'bool' };
    case '<=':
      return { fn: (k) => x(k) <= y(k), type: 'bool' };
    case '>':
      return { fn: (k) => x(k) > y(k), type: 'bool' };
    case '>=':
      return { fn: (k) => x(k) >= y(k), type: 'bool' };
    case '+':
      return numeric === 'string' ? { fn: (k) => `${x(k)}${y(k)}`, type: 'string' } : { fn: (k) => num(x(k)) + num(y(k)), type: numeric };
    case '-':
      return { fn: (k) => num(x(k)) - num(y(k)), type: numeric };
    case '*':
      return { fn: (k) => num(x(k)) * num(y(k)), type: numeric };
    case '/':
      if (!ints) return { fn: (k) => num(x(k)) / num(y(k)), type: 'double' };
      return {
        fn: (k) => {
          const d = num(y(k));
          if (d === 0) throw new KernelError('division by zero');
          return Math.trunc(num(x(k)) / d);
        },
        type: 'int',
      };
    case '%':
      return {
        fn: (k) => {
          const d = num(y(k));
          if (ints && d === 0) throw new KernelError('modulus by zero');
          return num(x(k)) % d;
        },
        type: numeric,
      };
    default:
      return null;
  }
}

/** Evaluates with the CEL library on an activation built from the state (allocates; only for rare constructs). */
function fallback(expr: CompiledExpr, L: KernelLayout, k: KernelState): Value {
  const indicators: Record<string, number> = {};
  for (const [id, i] of L.indicatorIndex) indicators[id] = k.ind[i] as number;
  const actors: Record<string, string> = {};
  for (const [id, a] of L.actorIndex) actors[id] = (L.leafNames[a] as readonly string[])[k.act[a] as number] as string;
  const act: Activation = { indicators, actors, month: BigInt(k.month), date: L.dates[k.month] as string };
  try {
    const v = expr.run(act);
    return typeof v === 'bigint' ? Number(v) : (v as Value);
  } catch (e) {
    throw new KernelError(e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e));
  }
}
