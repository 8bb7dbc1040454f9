// The kernel's hot binary operators as single closures: actor states compared as leaf indexes, indicators against known numbers.
import type { CelOperator, CelType, CelValue, JsOperator } from '../../scenario/celOperators.js';
import type { KernelState } from './kernelState.js';

/** A compiled node as it evaluates: CEL values (ints as bigint). */
export type NodeFn = (k: KernelState) => CelValue;

/** A compiled node with what the compiler knows about it. */
export type Typed = {
  readonly fn: NodeFn;
  readonly type: CelType;
  /** True when `value` is known when compiling. */
  readonly constant?: boolean;
  readonly value?: CelValue;
  /** True when evaluating can never fail. */
  readonly total: boolean;
  /** Set when the node reads this indicator, as it is. */
  readonly indicator?: number;
  /** Set when the node reads this actor's state id, as it is; `leafNames` maps its leaf indexes to ids. */
  readonly actor?: number;
  readonly leafNames?: readonly string[];
};

type Num = (k: KernelState) => number;
const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>=']);

/** A known number as a double, when it is one exactly (ints beyond 2^53 are not). */
function exactNumber(t: Typed): number | undefined {
  if (!t.constant) return undefined;
  if (typeof t.value === 'number') return t.value;
  if (typeof t.value === 'bigint' && BigInt(Number(t.value)) === t.value) return Number(t.value);
  return undefined;
}

/** A single closure for `a op b` when the operands allow one, else undefined (the caller applies the table's function). */
export function specializeBinary(o: CelOperator, a: Typed, b: Typed): Typed | undefined {
  const isComparison = COMPARISONS.has(o.name);
  const total = a.total && b.total && (isComparison || (o.js !== undefined && o.result === 'double'));
  const fn = isComparison ? compare(o, a, b) : o.js ? arithmetic(o.js, a, b) : undefined;
  return fn ? { fn, type: o.result, total } : undefined;
}

/** Comparisons: states by leaf index, indicators against known numbers, then the JavaScript operator when the table says it is one. */
function compare(o: CelOperator, a: Typed, b: Typed): NodeFn | undefined {
  const name = o.name;
  const equality = name === '==' || name === '!=';
  if (equality && a.type === 'string' && b.type === 'string') {
    const read = a.actor !== undefined && b.constant ? a : b.actor !== undefined && a.constant ? b : undefined;
    if (read) {
      const other = (read === a ? b : a).value as string;
      const leaf = (read.leafNames as readonly string[]).indexOf(other);
      const actor = read.actor as number;
      const same = name === '==';
      // A state id that is no leaf of the actor never matches (actor states are always leaves).
      if (leaf < 0) return () => !same;
      return same ? (k) => k.actorState[actor] === leaf : (k) => k.actorState[actor] !== leaf;
    }
  }
  const numeric = (t: CelType) => t === 'double' || t === 'int';
  if (numeric(a.type) && numeric(b.type)) {
    // Equality across int and double is exact: a known int that is exactly a double compares as that double.
    const ca = exactNumber(a);
    const cb = exactNumber(b);
    const op = name === '==' ? '===' : name === '!=' ? '!==' : (name as JsOperator);
    if (cb !== undefined && a.indicator !== undefined) return indicatorVersus(op, a.indicator, cb, false);
    if (ca !== undefined && b.indicator !== undefined) return indicatorVersus(op, b.indicator, ca, true);
    if (cb !== undefined && a.type === 'double') return versusNumber(op, a.fn as Num, cb);
  }
  const x = a.fn;
  const y = b.fn;
  switch (o.js) {
    case '<':
      return (k) => x(k) < y(k);
    case '<=':
      return (k) => x(k) <= y(k);
    case '>':
      return (k) => x(k) > y(k);
    case '>=':
      return (k) => x(k) >= y(k);
    case '===':
      return (k) => x(k) === y(k);
    case '!==':
      return (k) => x(k) !== y(k);
  }
  return undefined;
}

/** `ind[i] op c` (or `c op ind[i]` when `flipped`). */
function indicatorVersus(op: JsOperator, i: number, c: number, flipped: boolean): NodeFn {
  const o = flipped ? flip(op) : op;
  switch (o) {
    case '<':
      return (k) => (k.ind[i] as number) < c;
    case '<=':
      return (k) => (k.ind[i] as number) <= c;
    case '>':
      return (k) => (k.ind[i] as number) > c;
    case '>=':
      return (k) => (k.ind[i] as number) >= c;
    case '===':
      return (k) => k.ind[i] === c;
    default:
      return (k) => k.ind[i] !== c;
  }
}

/** `x(k) op c` for a double-valued node. */
function versusNumber(op: JsOperator, x: Num, c: number): NodeFn {
  switch (op) {
    case '<':
      return (k) => x(k) < c;
    case '<=':
      return (k) => x(k) <= c;
    case '>':
      return (k) => x(k) > c;
    case '>=':
      return (k) => x(k) >= c;
    case '===':
      return (k) => x(k) === c;
    default:
      return (k) => x(k) !== c;
  }
}

/** The mirror of an ordering: `c < x` is `x > c`. */
function flip(op: JsOperator): JsOperator {
  return op === '<' ? '>' : op === '<=' ? '>=' : op === '>' ? '<' : op === '>=' ? '<=' : op;
}

/** The table's plain JavaScript arithmetic as closures of their own (the hot path of Monte Carlo runs). */
function arithmetic(js: JsOperator, a: Typed, b: Typed): NodeFn | undefined {
  const x = a.fn as Num;
  const y = b.fn as Num;
  switch (js) {
    case '+':
      return (k) => x(k) + y(k);
    case '-':
      return (k) => x(k) - y(k);
    case '*':
      return (k) => x(k) * y(k);
    case '/':
      return (k) => x(k) / y(k);
  }
  return undefined;
}
