// Where each value of a YAML file starts, as a small tree: built from js-yaml's events (fast) or from yaml's nodes.
import { type Event, getScalarValue, parseEvents } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, type Node } from 'yaml';

/** One value of the file: where it starts (as yaml counts it), how it is written, and its children. */
export type PosNode = {
  readonly start: number;
  readonly style: 'plain' | 'quoted' | 'block' | 'collection';
  /** A map's entries by key (the first of equal keys); a null value is an empty entry (`{a, b}`). */
  readonly entries?: ReadonlyMap<string, { readonly key: PosNode; readonly value: PosNode | null }>;
  readonly items?: readonly (PosNode | null)[];
};

/** The tree of yaml's nodes. */
export function treeFromYaml(node: Node | null): PosNode | null {
  if (node === null) return null;
  const start = node.range?.[0] ?? 0;
  if (isMap(node)) {
    const entries = new Map<string, { key: PosNode; value: PosNode | null }>();
    for (const p of node.items) {
      if (!isScalar(p.key) || entries.has(String(p.key.value))) continue;
      entries.set(String(p.key.value), { key: treeFromYaml(p.key) as PosNode, value: treeFromYaml(p.value as Node | null) });
    }
    return { start, style: 'collection', entries };
  }
  if (isSeq(node)) return { start, style: 'collection', items: node.items.map((item) => treeFromYaml(item as Node | null)) };
  const type = (node as { type?: string }).type;
  const style = type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE' ? 'quoted' : type === 'PLAIN' ? 'plain' : 'block';
  return { start, style };
}

/** A collection being built from events; in a map, the key read and waiting for its value. */
type Entry = { readonly key: PosNode; readonly value: PosNode | null };
type Open = {
  readonly entries: Map<string, Entry> | null;
  readonly items: (PosNode | null)[] | null;
  readonly flow: boolean;
  key: PosNode | null;
  keyText: string;
  keyEnd: number;
};

/** Thrown where the events do not say what yaml would: the caller then asks yaml. */
class Unplaced extends Error {}

/**
 * The tree of js-yaml's events, with every start where yaml puts it (a quoted scalar at its quote, a block scalar at
 * its `|` or `>`, an empty value just after its `:`); `undefined` for a file it cannot place exactly (aliases,
 * complex keys, an empty list item), which the caller reads with yaml instead.
 */
export function treeFromEvents(text: string, maxDepth: number): PosNode | null | undefined {
  try {
    return build(text, parseEvents(text, { maxDepth }));
  } catch {
    return undefined;
  }
}

function build(text: string, events: readonly Event[]): PosNode | null {
  const stack: Open[] = [];
  let root: PosNode | null = null;
  const add = (node: PosNode | null, end: number) => {
    const top = stack[stack.length - 1];
    if (!top) root = node;
    else if (top.items) top.items.push(node);
    else if (top.key === null) {
      if (node === null || node.style === 'collection') throw new Unplaced();
      top.key = node;
      top.keyEnd = end;
    } else {
      if (!top.entries?.has(top.keyText)) top.entries?.set(top.keyText, { key: top.key, value: node });
      top.key = null;
    }
  };
  for (const e of events) {
    if (e.type === 2 || e.type === 3) {
      const entries = e.type === 3 ? new Map<string, Entry>() : null;
      const items = e.type === 2 ? [] : null;
      add(entries ? { start: e.start, style: 'collection', entries } : { start: e.start, style: 'collection', items: items ?? [] }, -1);
      stack.push({ entries, items, flow: e.style === 2, key: null, keyText: '', keyEnd: -1 });
    } else if (e.type === 6) stack.pop();
    else if (e.type === 4) {
      const top = stack[stack.length - 1];
      const isKey = top?.entries != null && top.key === null;
      if (isKey) (top as Open).keyText = getScalarValue(text, e);
      add(scalarNode(text, e, top, isKey), e.style === 2 || e.style === 3 ? e.valueEnd + 1 : e.valueEnd);
    } else if (e.type === 5) throw new Unplaced();
  }
  return root;
}

/** Where yaml puts a scalar's start. */
function scalarNode(text: string, e: Extract<Event, { type: 4 }>, top: Open | undefined, isKey: boolean): PosNode | null {
  if (e.style === 2 || e.style === 3) return { start: e.valueStart - 1, style: 'quoted' };
  if (e.style === 4 || e.style === 5) return { start: blockHeader(text, e.valueStart), style: 'block' };
  if (e.valueStart >= 0) return { start: e.valueStart, style: 'plain' };
  // An empty value: yaml puts it just after the `:` of its key (and spaces); a flow map's `{a}` has none.
  if (isKey || !top?.entries || top.keyEnd < 0) throw new Unplaced();
  let at = top.keyEnd;
  while (text[at] === ' ' || text[at] === '\t') at++;
  if (text[at] !== ':') {
    if (top.flow) return null;
    throw new Unplaced();
  }
  at++;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return { start: at, style: 'plain' };
}

/** The `|` or `>` of a block scalar whose content starts at `contentStart` (on the line before it). */
function blockHeader(text: string, contentStart: number): number {
  if (contentStart <= 0 || text[contentStart - 1] !== '\n') throw new Unplaced();
  const end = text.lastIndexOf('\n', contentStart - 1);
  const begin = text.lastIndexOf('\n', end - 1) + 1;
  const line = text.slice(begin, end);
  // One `|` or `>` on the line, or the header cannot be told from a key or a comment holding one: yaml places it then.
  if (line.split(/[|>]/).length !== 2) throw new Unplaced();
  const match = /(?:^|[\s:])([|>])[1-9+-]{0,2}[ \t]*(?:#.*)?\r?$/.exec(line);
  if (!match) throw new Unplaced();
  return begin + match.index + match[0].indexOf(match[1] as string);
}

/** yaml's table of line starts for `text`, for `linePos`. */
export function lineTable(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
  return lines;
}
