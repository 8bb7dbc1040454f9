// Binds `params.NAME` in a parsed expression: a syntax tree with marked constants for the kernel and the checks, and evaluators for CEL.
import type { Activation } from './checkExpressions.js';
import { type CelNode, memberOf } from './walkCel.js';

type Bound = {
  readonly ast: CelNode;
  readonly run: (a: Activation) => unknown;
  readonly runWith?: (a: Activation, params: Readonly<Record<string, number>>) => unknown;
};

/**
 * The expression with its parameters bound to their central values. The tree is copied where it reads a parameter, and each
 * `params.NAME` becomes `{op: 'value', args: central, param: NAME}`; CEL's own tree (which `cel` evaluates) is left as parsed.
 */
export function bindParameters(cel: (a: unknown) => unknown, ast: CelNode, central: ReadonlyMap<string, number>): Bound {
  let used = false;
  const rewrite = (x: unknown): unknown => {
    if (Array.isArray(x)) {
      const items = x.map(rewrite);
      return items.some((item, i) => item !== x[i]) ? items : x;
    }
    if (typeof x !== 'object' || x === null || typeof (x as CelNode).op !== 'string') return x;
    const node = x as CelNode;
    const member = memberOf(node);
    if (member?.root === 'params') {
      used = true;
      return { op: 'value', args: central.get(member.field) ?? 0, pos: node.pos, start: node.start, end: node.end, param: member.field };
    }
    if (node.op === 'value' || node.op === 'id') return node;
    const args = rewrite(node.args);
    return args === node.args ? node : { op: node.op, args, pos: node.pos, start: node.start, end: node.end };
  };
  const bound = rewrite(ast) as CelNode;
  if (!used) return { ast, run: cel as (a: Activation) => unknown };
  const values: Readonly<Record<string, number>> = Object.freeze(Object.fromEntries(central));
  const runWith = (a: Activation, params: Readonly<Record<string, number>>) => cel({ ...a, params });
  return { ast: bound, run: (a) => runWith(a, values), runWith };
}
