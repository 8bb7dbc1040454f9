// Evaluates a CEL syntax tree over sets of values (interval arithmetic): every value it can give, and whether it can fail.
import type { CelNode } from '../scenario/walkCel.js';
import { arithmetic, selfDifference, withInt } from './abstractArithmetic.js';
import { type Abstract, boolSet, join, mayBeTrue, mayNotHold, type NumRange, neverFinite, numRange, strSet, TOP } from './abstractValue.js';

/** What the variables can hold: per indicator a range, per actor a set of innermost states. */
export type AbstractEnv = {
  readonly indicator: (id: string) => NumRange | undefined;
  readonly actor: (id: string) => ReadonlySet<string> | undefined;
  /** The months (from 0) the expression can be evaluated in. */
  readonly month: NumRange;
  /** The `YYYY-MM` dates of those months. */
  readonly dates: ReadonlySet<string>;
  /** Under uncertainty, every value a declared parameter can be drawn as; without it a parameter is its central value. */
  readonly param?: ((name: string) => NumRange | undefined) | undefined;
};

const MAX_SET = 256;

/** Every value `node` can take over `env`; constructs it does not model give TOP (anything, or an error). */
export function evalAbstract(node: CelNode, env: AbstractEnv): Abstract {
  const args = node.args as unknown;
  switch (node.op) {
    case 'value': {
      const drawn = node.param === undefined ? undefined : env.param?.(node.param);
      if (drawn) return { v: drawn, ok: true, err: false };
      if (typeof args === 'bigint') return withInt(numRange(Number(args), Number(args), true));
      if (typeof args === 'number') return Number.isNaN(args) ? numRange(1, 0, false, true) : numRange(args, args);
      if (typeof args === 'boolean') return boolSet(args, !args);
      if (typeof args === 'string') return strSet(new Set([args]));
      return TOP;
    }
    case 'id':
      if (args === 'month') return { v: env.month, ok: true, err: false };
      if (args === 'date') return strSet(env.dates);
      return TOP;
    case '.':
      return member(args as [CelNode, string], env);
    case '!_': {
      const x = evalAbstract(args as CelNode, env);
      return x.v.kind === 'bool' ? { v: { kind: 'bool', t: x.v.f, f: x.v.t }, ok: x.ok, err: x.err } : TOP;
    }
    case '-_': {
      const x = evalAbstract(args as CelNode, env);
      if (x.v.kind !== 'num') return TOP;
      return withInt({ v: { ...x.v, lo: -x.v.hi, hi: -x.v.lo }, ok: x.ok, err: x.err });
    }
    case '?:':
      return ternary(args as [CelNode, CelNode, CelNode], env);
    case '&&':
    case '||':
      return logical(node.op, args as [CelNode, CelNode], env);
    case '==':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return compare(node.op, evalAbstract((args as CelNode[])[0] as CelNode, env), evalAbstract((args as CelNode[])[1] as CelNode, env));
    case '-': {
      const [l, r] = args as [CelNode, CelNode];
      // One expression minus itself sees the same value twice: 0 (or NaN), whatever the range.
      if (sameExpr(l, r)) return selfDifference(evalAbstract(l, env));
      return arithmetic('-', evalAbstract(l, env), evalAbstract(r, env));
    }
    case '+':
    case '*':
    case '/':
    case '%':
      return arithmetic(node.op, evalAbstract((args as CelNode[])[0] as CelNode, env), evalAbstract((args as CelNode[])[1] as CelNode, env));
    case 'in': {
      const [needle, list] = args as [CelNode, CelNode];
      if (list.op !== 'list') return TOP;
      const x = evalAbstract(needle, env);
      const parts = (list.args as CelNode[]).map((n) => compare('==', x, evalAbstract(n, env)));
      const err = x.err || parts.some((p) => p.err);
      const t = parts.some((p) => p.ok && p.v.kind === 'bool' && p.v.t);
      const f = parts.every((p) => !p.ok || (p.v.kind === 'bool' && p.v.f));
      return { v: { kind: 'bool', t, f }, ok: x.ok && parts.every((p) => p.ok), err };
    }
    case 'call':
      return call(args as [string, CelNode[]], env);
    default:
      return TOP;
  }
}

function member([target, field]: [CelNode, string], env: AbstractEnv): Abstract {
  if (target.op !== 'id') return TOP;
  if (target.args === 'indicators') {
    const r = env.indicator(field);
    return r ? { v: r, ok: true, err: false } : TOP;
  }
  if (target.args === 'actors') {
    const s = env.actor(field);
    return s ? strSet(s) : TOP;
  }
  return TOP;
}

function ternary([c, a, b]: [CelNode, CelNode, CelNode], env: AbstractEnv): Abstract {
  const cond = evalAbstract(c, env);
  if (cond.v.kind !== 'bool') return TOP;
  const t = cond.ok && cond.v.t;
  const f = cond.ok && cond.v.f;
  let out: Abstract | null = null;
  if (t) out = evalAbstract(a, env);
  if (f) {
    const other = evalAbstract(b, env);
    out = out ? join(out, other) : other;
  }
  if (!out) return { v: { kind: 'bool', t: false, f: false }, ok: false, err: true };
  return { v: out.v, ok: out.ok, err: out.err || cond.err };
}

/** CEL's commutative logic: `false && error` is false and `true || error` is true, from either side. */
function logical(op: '&&' | '||', [l, r]: [CelNode, CelNode], env: AbstractEnv): Abstract {
  const a = asBool(evalAbstract(l, env));
  const b = asBool(evalAbstract(r, env));
  const absorbing = op === '&&' ? 'f' : 't';
  const other = op === '&&' ? 't' : 'f';
  const aAbs = a.ok && a.v[absorbing];
  const bAbs = b.ok && b.v[absorbing];
  const aOther = a.ok && a.v[other];
  const bOther = b.ok && b.v[other];
  const both = aOther && bOther;
  const err = (a.err && (bOther || b.err)) || (b.err && (aOther || a.err));
  const v = op === '&&' ? { kind: 'bool' as const, t: both, f: aAbs || bAbs } : { kind: 'bool' as const, t: aAbs || bAbs, f: both };
  return { v, ok: v.t || v.f, err };
}

function asBool(a: Abstract): { v: { t: boolean; f: boolean }; ok: boolean; err: boolean } {
  if (a.v.kind === 'bool') return { v: a.v, ok: a.ok, err: a.err };
  return { v: { t: true, f: true }, ok: a.ok, err: true };
}

function compare(op: string, a: Abstract, b: Abstract): Abstract {
  const ok = a.ok && b.ok;
  const err = a.err || b.err;
  const x = a.v;
  const y = b.v;
  if (x.kind === 'num' && y.kind === 'num') {
    const nan = x.nan || y.nan;
    const lt = x.lo < y.hi; // some x < some y
    const gt = x.hi > y.lo;
    const eq = x.lo <= y.hi && y.lo <= x.hi;
    const onlyEq = x.lo === x.hi && y.lo === y.hi && x.lo === y.lo && !nan;
    const table: Record<string, [boolean, boolean]> = {
      '==': [eq, !onlyEq],
      '!=': [!onlyEq, eq],
      '<': [lt, gt || eq || nan],
      '<=': [lt || eq, gt || nan],
      '>': [gt, lt || eq || nan],
      '>=': [gt || eq, lt || nan],
    };
    const [t, f] = table[op] as [boolean, boolean];
    return { v: { kind: 'bool', t, f }, ok, err };
  }
  if (x.kind === 'str' && y.kind === 'str' && x.values && y.values && x.values.size * y.values.size <= MAX_SET * MAX_SET) {
    let t = false;
    let f = false;
    for (const p of x.values)
      for (const q of y.values) {
        const r = op === '==' ? p === q : op === '!=' ? p !== q : op === '<' ? p < q : op === '<=' ? p <= q : op === '>' ? p > q : p >= q;
        if (r) t = true;
        else f = true;
      }
    return { v: { kind: 'bool', t, f }, ok, err };
  }
  if (x.kind === 'bool' && y.kind === 'bool' && (op === '==' || op === '!=')) {
    const eq = (x.t && y.t) || (x.f && y.f);
    const ne = (x.t && y.f) || (x.f && y.t);
    return { v: { kind: 'bool', t: op === '==' ? eq : ne, f: op === '==' ? ne : eq }, ok, err };
  }
  return { v: { kind: 'bool', t: true, f: true }, ok, err: true };
}

function call([name, callArgs]: [string, CelNode[]], env: AbstractEnv): Abstract {
  const xs = callArgs.map((n) => evalAbstract(n, env));
  if (xs.some((x) => x.v.kind !== 'num')) return TOP;
  const rs = xs.map((x) => x.v as NumRange);
  const ok = xs.every((x) => x.ok);
  const err = xs.some((x) => x.err);
  const int = rs.every((r) => r.int);
  const nan = rs.some((r) => r.nan);
  const [a, b, c] = rs;
  if (name === 'int' && a && !b) {
    // cel-js truncates any finite double and fails on NaN and infinities; beyond 64 bits it keeps the value, which later
    // operations treat unevenly, so such a range is left unmodelled (anything, or an error).
    if (neverFinite(a)) return { v: { kind: 'num', lo: 1, hi: 0, nan: false, int: true }, ok: false, err: true };
    if (!(Math.abs(a.lo) < 2 ** 63 && Math.abs(a.hi) < 2 ** 63)) return { ...TOP, ok };
    return { v: { kind: 'num', lo: Math.trunc(a.lo), hi: Math.trunc(a.hi), nan: false, int: true }, ok, err: err || nan };
  }
  if (name === 'double' && a && !b) return { v: { kind: 'num', lo: a.lo, hi: a.hi, nan, int: false, ...(a.infinite ? { infinite: true } : {}) }, ok, err };
  if ((name === 'min' || name === 'max') && a && b && !c) {
    const f = name === 'min' ? Math.min : Math.max;
    return { v: { kind: 'num', lo: f(a.lo, b.lo), hi: f(a.hi, b.hi), nan, int }, ok, err };
  }
  if (name === 'clamp' && a && b && c && !int) {
    const lo = Math.min(c.lo, Math.max(b.lo, a.lo));
    const hi = Math.min(c.hi, Math.max(b.hi, a.hi));
    return { v: { kind: 'num', lo, hi, nan, int: false }, ok, err };
  }
  return TOP;
}

/** Whether two syntax trees are the same expression (CEL has no side effects, so within one evaluation they give the same value). */
export function sameExpr(a: unknown, b: unknown): boolean {
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameExpr(x, b[i]));
  if (typeof a !== 'object' || a === null) return Object.is(a, b);
  if (typeof b !== 'object' || b === null || Array.isArray(b)) return false;
  const x = a as CelNode;
  const y = b as CelNode;
  return x.op === y.op && x.param === y.param && sameExpr(x.args, y.args);
}

/** Whether a condition evaluated over `env` can hold, and whether it can fail to. */
export function truthOf(node: CelNode, env: AbstractEnv): { can: boolean; cannot: boolean } {
  const a = evalAbstract(node, env);
  return { can: mayBeTrue(a), cannot: mayNotHold(a) };
}
