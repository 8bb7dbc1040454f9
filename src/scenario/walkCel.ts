// Walks a CEL syntax tree from @marcbachmann/cel-js.

/** A node of the CEL syntax tree as the parser produces it. */
export type CelNode = {
  op: string;
  args: unknown;
  pos: number;
  start: number;
  end: number;
  /** On a constant that stands for `params.NAME` (bindParameters): the parameter's name. */
  param?: string;
};

/** The parameters an expression reads (its `param`-marked constants), sorted. */
export function paramsOf(root: CelNode): string[] {
  const names = new Set<string>();
  walkCel(root, (node) => {
    if (node.param !== undefined) names.add(node.param);
  });
  return [...names].sort();
}

const isNode = (x: unknown): x is CelNode => typeof x === 'object' && x !== null && typeof (x as CelNode).op === 'string';

/** Calls `visit` on every node, depth first. */
export function walkCel(root: CelNode, visit: (node: CelNode) => void): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      for (const x of item) stack.push(x);
    } else if (isNode(item)) {
      visit(item);
      if (item.op !== 'value' && item.op !== 'id') stack.push(item.args);
    }
  }
}

/** For `root.field` nodes, the root variable and the field, else null. */
export function memberOf(node: CelNode): { root: string; field: string } | null {
  if (node.op !== '.' || !Array.isArray(node.args)) return null;
  const [target, field] = node.args as [unknown, unknown];
  if (!isNode(target) || target.op !== 'id' || typeof field !== 'string') return null;
  return { root: String(target.args), field };
}

/** The variables an expression reads, as `indicators.x`, `actors.y`, `month`, `date`, sorted. */
export function readsOf(root: CelNode): string[] {
  const reads = new Set<string>();
  walkCel(root, (node) => {
    const member = memberOf(node);
    if (member && (member.root === 'indicators' || member.root === 'actors')) reads.add(`${member.root}.${member.field}`);
    else if (node.op === 'id' && (node.args === 'month' || node.args === 'date')) reads.add(String(node.args));
  });
  return [...reads].sort();
}
