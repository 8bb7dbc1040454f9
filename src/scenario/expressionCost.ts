// A static bound on how much work one expression can do: list macros multiply their body by their list's length.
import { CEL_LIMITS } from './createCelEnvironment.js';
import type { CelNode } from './walkCel.js';

/** The most evaluation steps one expression may take; `check` refuses expressions whose bound is higher. */
export const MAX_EXPRESSION_COST = 10_000;

const MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);
const isNode = (x: unknown): x is CelNode => typeof x === 'object' && x !== null && typeof (x as CelNode).op === 'string';

/** An upper bound on the nodes evaluated, and the first macro node, for positioning a refusal. */
export function expressionCost(node: CelNode): { cost: number; macro: CelNode | null } {
  let macro: CelNode | null = null;
  const costOf = (n: unknown): number => {
    if (Array.isArray(n)) return n.reduce((sum: number, x) => sum + costOf(x), 0);
    if (!isNode(n)) return 0;
    if (n.op === 'value' || n.op === 'id') return 1;
    if (n.op === 'rcall') {
      const [name, target, args] = n.args as [string, CelNode, CelNode[]];
      if (MACROS.has(name)) {
        macro ??= n;
        return 1 + costOf(target) + lengthOf(target) * costOf(args);
      }
    }
    return 1 + costOf(n.args);
  };
  const cost = costOf(node);
  return { cost, macro };
}

/** The most elements a list expression can have: a literal's length, a macro's input length, else the list limit. */
function lengthOf(n: CelNode): number {
  if (n.op === 'list' && Array.isArray(n.args)) return n.args.length;
  if (n.op === 'rcall') {
    const [name, target] = n.args as [string, CelNode];
    if (name === 'map' || name === 'filter') return lengthOf(target);
  }
  return CEL_LIMITS.maxListElements;
}
