// A static bound on how much work one expression can do: how big every value it builds can be, and the steps to build it.
import type { CelNode } from './walkCel.js';

/** The most evaluation steps one expression may take; `check` refuses expressions whose bound is higher. */
export const MAX_EXPRESSION_COST = 10_000;

/** The longest id (an actor's state, read as `actors.x`, is an id). */
const MAX_ID_LENGTH = 64;
/** The longest text a number or a date becomes (`string(x)`, `date`). */
const NUMBER_TEXT = 32;

const MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);
/** Operators that compare: they may walk both operands (texts, lists). */
const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>=', 'in']);
/** Functions and methods whose result is a number or a truth value. */
const SCALAR_FUNCTIONS = new Set(['size', 'int', 'uint', 'double', 'bool', 'clamp']);
const SCALAR_METHODS = new Set(['size', 'contains', 'startsWith', 'endsWith', 'indexOf', 'lastIndexOf', 'matches', 'at']);
/** Methods whose result is no longer than their text. */
const SAME_LENGTH = new Set(['substring', 'trim', 'lowerAscii', 'upperAscii']);

/**
 * Bounds of one value: `size`, its length (a text's characters, a list's or map's elements; 1 for a number), `elem`,
 * how big each of its elements can be when walked (0 for a text or a number), and `cost`, the steps to evaluate it.
 */
type Bound = { readonly size: number; readonly elem: number; readonly cost: number };

const SCALAR: Bound = { size: 1, elem: 0, cost: 0 };
/** The steps to walk a value whole (compare it, copy it, print it). */
const walk = (b: Bound): number => b.size * (1 + b.elem);
const isNode = (x: unknown): x is CelNode => typeof x === 'object' && x !== null && typeof (x as CelNode).op === 'string';

/**
 * An upper bound on the steps evaluating `node` takes, whatever the state, and the first list macro, for positioning a
 * refusal; `size` and `elem` bound its value (its length, and each element's size when walked). It holds for every value an expression can build: a list from `split` has as many elements as its text has
 * characters, a `map` as its input, a `join` is as long as its parts; a macro counts its body once per element, a
 * comparison or a concatenation walks its operands; a name a macro or `cel.bind` introduces carries the bounds of what
 * it stands for (an element of the range, the bound value).
 */
export function expressionCost(node: CelNode): { cost: number; macro: CelNode | null; size: number; elem: number } {
  let macro: CelNode | null = null;
  const all = (xs: unknown, scope: Scope): Bound[] => (Array.isArray(xs) ? xs.map((x) => bound(x, scope)) : [bound(xs, scope)]);
  const total = (bs: readonly Bound[]): Bound => ({
    size: bs.reduce((s, b) => s + b.size, 0),
    elem: Math.max(0, ...bs.map((b) => b.elem)),
    cost: bs.reduce((s, b) => s + b.cost, 0),
  });
  const bound = (n: unknown, scope: Scope): Bound => {
    if (Array.isArray(n)) return total(all(n, scope));
    if (!isNode(n)) return SCALAR;
    switch (n.op) {
      case 'value':
        return { size: typeof n.args === 'string' ? Math.max(1, n.args.length) : 1, elem: 0, cost: 1 };
      case 'id':
        return { ...(scope.get(String(n.args)) ?? (n.args === 'date' ? { size: NUMBER_TEXT, elem: 0, cost: 0 } : SCALAR)), cost: 1 };
      case '.': {
        const [target] = n.args as [CelNode, string];
        // The scenario's variables, unless a macro's variable of the same name hides them.
        const root = target.op === 'id' && !scope.has(String(target.args)) ? String(target.args) : '';
        if (root === 'indicators' || root === 'params') return { size: 1, elem: 0, cost: 2 };
        if (root === 'actors') return { size: MAX_ID_LENGTH, elem: 0, cost: 2 };
        // A field of a map is one of its entries: as big as an element.
        const t = bound(target, scope);
        return { size: Math.max(1, t.elem), elem: t.elem, cost: t.cost + 1 };
      }
      case 'list':
      case 'map': {
        const items = all(n.args, scope);
        return { size: items.length, elem: Math.max(0, ...items.map(walk)), cost: 1 + items.reduce((s, b) => s + b.cost, 0) };
      }
      case '?:': {
        const [c, a, b] = all(n.args, scope) as [Bound, Bound, Bound];
        return { size: Math.max(a.size, b.size), elem: Math.max(a.elem, b.elem), cost: c.cost + Math.max(a.cost, b.cost) + 1 };
      }
      case 'rcall':
        return method(n, scope);
      case 'call': {
        const [name, argNodes] = n.args as [string, unknown[]];
        const args = all(argNodes, scope);
        const a = total(args);
        const walked = args.reduce((s, b) => s + walk(b), 0);
        if (SCALAR_FUNCTIONS.has(name)) return { size: 1, elem: 0, cost: a.cost + walked + 1 };
        if (name === 'dyn' || name === 'bytes') return { ...a, cost: a.cost + 1 };
        return { size: walked + NUMBER_TEXT, elem: 0, cost: a.cost + walked + 1 };
      }
      default: {
        const args = all(n.args, scope);
        const a = total(args);
        const walked = args.reduce((s, b) => s + walk(b), 0);
        if (n.op === '+') return { size: a.size, elem: a.elem, cost: a.cost + walked + 1 };
        if (n.op === '[]') {
          const [target] = args as [Bound];
          return { size: Math.max(1, target.elem), elem: target.elem, cost: a.cost + 1 };
        }
        // Numbers and truth values; a comparison walks both sides.
        return { size: 1, elem: 0, cost: a.cost + (COMPARISONS.has(n.op) ? walked : 0) + 1 };
      }
    }
  };
  const method = (n: CelNode, scope: Scope): Bound => {
    const [name, targetNode, argNodes] = n.args as [string, CelNode, unknown[]];
    if (name === 'bind' && targetNode.op === 'id' && targetNode.args === 'cel') {
      // `cel.bind(v, VALUE, BODY)`: VALUE is evaluated once, and `v` carries its bounds into BODY.
      const [variable, valueNode, bodyNode] = argNodes as [CelNode | undefined, unknown, unknown];
      const value = bound(valueNode, scope);
      const body = bound(bodyNode, new Map(scope).set(String(variable?.args), { size: value.size, elem: value.elem, cost: 0 }));
      return { size: body.size, elem: body.elem, cost: value.cost + body.cost + 1 };
    }
    const target = bound(targetNode, scope);
    if (MACROS.has(name)) {
      macro ??= n;
      // The element variable is one element of the input; the body runs once per element.
      const element: Bound = { size: Math.max(1, target.elem), elem: target.elem, cost: 0 };
      const body = bound(argNodes.slice(1), new Map(scope).set(String((argNodes[0] as CelNode | undefined)?.args), element));
      const cost = target.cost + 1 + target.size * (body.cost + 1);
      if (name === 'map') return { size: target.size, elem: walk(body), cost };
      return name === 'filter' ? { ...target, cost } : { size: 1, elem: 0, cost };
    }
    const args = all(argNodes, scope);
    const a = total(args);
    const walked = target.cost + a.cost + walk(target) + args.reduce((s, b) => s + walk(b), 0) + 1;
    if (name === 'split') {
      const sep = argNodes[0] as CelNode | undefined;
      const oneCharacter = sep?.op === 'value' && sep.args === '';
      return { size: target.size + 1, elem: oneCharacter ? 1 : target.size, cost: walked + target.size };
    }
    if (name === 'join') {
      const size = Math.max(1, target.size * (target.elem + (args[0] ? walk(args[0]) : 0)));
      return { size, elem: 0, cost: walked + size };
    }
    if (SCALAR_METHODS.has(name)) return { size: 1, elem: 0, cost: walked };
    if (SAME_LENGTH.has(name)) return { size: target.size, elem: 0, cost: walked };
    return { size: 2 * walk(target) + walk(a) + NUMBER_TEXT, elem: walk(target), cost: walked + 2 * walk(target) };
  };
  const { cost, size, elem } = bound(node, new Map());
  return { cost, macro, size, elem };
}

type Scope = ReadonlyMap<string, Bound>;
