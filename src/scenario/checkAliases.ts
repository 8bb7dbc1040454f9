// Refuses YAML aliases that would make a value recursive, too large or too deep, before any value is built from them.
import { isAlias, isCollection, isMap, isPair, isScalar, type Node, type Pair } from 'yaml';

/** A problem found in the aliases: its reason code, the node it is at, where in the document, and what to say. */
export type AliasProblem = {
  readonly code: 'alias-cycle' | 'alias-bomb' | 'too-deep';
  readonly node: Node;
  readonly path: string;
  readonly message: string;
  readonly hint: string;
};

/** What one node yields once every alias in it is expanded: how many alias expansions, values and levels. */
type Expanded = { readonly expansions: number; readonly values: number; readonly height: number };

const NOTHING: Expanded = { expansions: 0, values: 0, height: 0 };

/**
 * The first alias (in document order) that refers to a collection holding it (a recursive value, which nothing could
 * walk to its end), or past which the document, once every alias is replaced by what it names, holds more than
 * `limits.expansions` alias expansions (an alias to something that itself holds aliases counts those too), more than
 * `limits.values` values repeated by aliases, or nesting deeper than `limits.depth`; `null` when there is none. One
 * pass over the nodes as written, whatever the aliases.
 */
export function checkAliases(root: Node | null, limits: { readonly expansions: number; readonly values: number; readonly depth: number }): AliasProblem | null {
  const anchors = new Map<string, Node>();
  const done = new Map<Node, Expanded>();
  const open = new Set<Node>();
  let expansionsSoFar = 0;
  let valuesSoFar = 0;
  let problem: AliasProblem | null = null;

  const walk = (node: unknown, path: string, depth: number): Expanded => {
    if (problem || node === null || node === undefined) return NOTHING;
    if (depth > limits.depth) {
      problem = { code: 'too-deep', node: node as Node, path, message: `nesting deeper than ${limits.depth} levels`, hint: 'flatten the structure' };
      return NOTHING;
    }
    if (isAlias(node)) return expandAlias(node, path, depth);
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor !== undefined) anchors.set(anchor, node as Node);
    if (!isCollection(node)) return { expansions: 0, values: 1, height: 1 };
    open.add(node);
    let expansions = 0;
    let values = 1;
    let height = 0;
    node.items.forEach((item: unknown, i) => {
      const parts = isPair(item) ? walkPair(item as Pair, path, depth) : [walk(item, `${path}[${i}]`, depth + 1)];
      for (const part of parts) {
        expansions += part.expansions;
        values += part.values;
        height = Math.max(height, part.height);
      }
    });
    open.delete(node);
    const result = { expansions, values, height: height + 1 };
    if (anchor !== undefined) done.set(node, result);
    return result;
  };

  const walkPair = (pair: Pair, path: string, depth: number): Expanded[] => {
    const key = !isScalar(pair.key) ? '?' : typeof pair.key.value === 'symbol' ? (pair.key.value.description ?? '?') : String(pair.key.value);
    const at = path === '' ? key : `${path}.${key}`;
    return [walk(pair.key, at, depth + 1), walk(pair.value, at, depth + 1)];
  };

  const expandAlias = (alias: Node & { source: string }, path: string, depth: number): Expanded => {
    const target = anchors.get(alias.source);
    if (target === undefined) return NOTHING;
    if (open.has(target)) {
      const what = isMap(target) ? 'map' : 'list';
      const message = `the alias *${alias.source} refers to the ${what} that holds it, so its value would never end`;
      problem = {
        code: 'alias-cycle',
        node: alias,
        path,
        message,
        hint: `YAML files here cannot be recursive: write the values out instead of *${alias.source}`,
      };
      return NOTHING;
    }
    const inner = done.get(target) ?? { expansions: 0, values: 1, height: 1 };
    expansionsSoFar += 1 + inner.expansions;
    valuesSoFar += inner.values;
    if (expansionsSoFar > limits.expansions) {
      const message = `too many YAML aliases: expanding every alias (and the aliases inside what they name) takes more than ${limits.expansions}`;
      problem = { code: 'alias-bomb', node: alias, path, message, hint: `write the values out; at most ${limits.expansions} alias expansions are allowed` };
    } else if (valuesSoFar > limits.values) {
      const message = `the YAML aliases repeat more than ${limits.values.toLocaleString('en-US')} values in all`;
      problem = { code: 'alias-bomb', node: alias, path, message, hint: 'write the values out, or alias smaller parts' };
    } else if (depth - 1 + inner.height > limits.depth) {
      const message = `the alias *${alias.source} nests its value deeper than ${limits.depth} levels`;
      problem = { code: 'too-deep', node: alias, path, message, hint: 'flatten the structure or write the value out' };
    }
    return { expansions: 1 + inner.expansions, values: inner.values, height: inner.height };
  };

  walk(root, '', 0);
  return problem;
}
