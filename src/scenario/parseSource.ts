// Turns YAML text into a document that remembers where every value came from.
import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { type Diagnostic, ScenarioError } from '../core/errors.js';
import { MAX_BYTES } from '../files/limits.js';
import { checkAliases } from './checkAliases.js';
import { fastParse } from './fastParse.js';
import { lineTable, type PosNode, treeFromEvents, treeFromYaml } from './positionTree.js';

/** Text larger than this is refused before parsing (the largest per-kind limit; files are bounded when read). */
export const MAX_FILE_BYTES = Math.max(...Object.values(MAX_BYTES));
/** Deeper nesting than this is refused. */
export const MAX_DEPTH = 48;
/** The most alias expansions a file may hold, counting the aliases inside what an alias names. */
export const MAX_ALIASES = 100;
/** The most values aliases may repeat in all (a small alias to a long list is still a long list). */
export const MAX_ALIAS_VALUES = 100_000;
/** yaml's own alias guard, a second line behind checkAliases (it counts differently, so it is set above that limit). */
const YAML_ALIAS_GUARD = 10 * MAX_ALIASES;

/** A parsed YAML file with its positions (worked out when first asked for, on a file that read cleanly). */
export type Source = {
  readonly file: string;
  readonly text: string;
  readonly root: PosNode | null;
  readonly lines: LineCounter;
};

/**
 * Parses YAML text; syntax errors, alias bombs, huge files and deep nesting become positioned diagnostics.
 * Plain data is read by the fast reader and its positions only when a message needs one; anything else (and every
 * error) by the full parser, so every value and message is the full parser's.
 */
export function parseSource(file: string, text: string): { source: Source; value: unknown } {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    const message = `the file is ${bytes} bytes; the limit is ${MAX_FILE_BYTES}`;
    throw new ScenarioError([{ file, line: 1, column: 1, path: '', code: 'file-too-large', message, hint: 'split the file or remove unused parts' }]);
  }
  const fast = fastParse(text, MAX_DEPTH - 2);
  return fast ? { source: lazySource(file, text), value: fast.value } : parseFully(file, text);
}

/** Parses YAML text with the full parser (`yaml`), positions at once; every problem becomes a positioned diagnostic. */
export function parseFully(file: string, text: string): { source: Source; value: unknown } {
  const fail = (line: number, column: number, code: string, message: string, hint: string): never => {
    throw new ScenarioError([{ file, line, column, path: '', code, message, hint }]);
  };
  const lines = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    if (e instanceof RangeError) fail(1, 1, 'too-deep', 'the file is nested too deeply to read', `keep nesting under ${MAX_DEPTH} levels`);
    throw e;
  }
  const diagnostics: Diagnostic[] = doc.errors.map((err) => {
    const pos = lines.linePos(err.pos[0]);
    const duplicate = err.code === 'DUPLICATE_KEY';
    return {
      file,
      line: pos.line,
      column: pos.col,
      path: '',
      code: duplicate ? 'duplicate-id' : 'yaml-syntax',
      message: firstLine(err.message),
      hint: duplicate ? 'each key may appear once in a map; rename or merge the two entries' : 'check indentation, colons and quotes near this spot',
    };
  });
  if (diagnostics.length > 0) throw new ScenarioError(diagnostics);
  const deep = findTooDeep(doc.contents as Node | null);
  if (deep) {
    const pos = lines.linePos(deep.range?.[0] ?? 0);
    fail(pos.line, pos.col, 'too-deep', `nesting deeper than ${MAX_DEPTH} levels`, 'flatten the structure');
  }
  const aliasProblem = checkAliases(doc.contents as Node | null, { expansions: MAX_ALIASES, values: MAX_ALIAS_VALUES, depth: MAX_DEPTH });
  if (aliasProblem) {
    const pos = lines.linePos(aliasProblem.node.range?.[0] ?? 0);
    const { code, path, message, hint } = aliasProblem;
    throw new ScenarioError([{ file, line: pos.line, column: pos.col, path, code, message, hint }]);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: YAML_ALIAS_GUARD });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    fail(1, 1, 'alias-bomb', `too many YAML aliases: ${firstLine(message)}`, `write the values out; at most ${MAX_ALIASES} alias expansions are allowed`);
  }
  return { source: { file, text, root: treeFromYaml(doc.contents as Node | null), lines }, value };
}

/** A source whose positions are worked out on first use, from js-yaml's events (yaml's nodes where those cannot say): a file that reads cleanly rarely needs them. */
function lazySource(file: string, text: string): Source {
  let root: PosNode | null | undefined;
  let lines: LineCounter | undefined;
  return {
    file,
    text,
    get root() {
      if (root === undefined) root = treeFromEvents(text, MAX_DEPTH) ?? treeFromYaml(parseDocument(text).contents as Node | null);
      return root;
    },
    get lines() {
      lines ??= lineTable(text);
      return lines;
    },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function findTooDeep(root: Node | null): Node | null {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (depth > MAX_DEPTH) return node as Node;
    if (isMap(node)) for (const pair of node.items) stack.push({ node: pair.value, depth: depth + 1 });
    else if (isSeq(node)) for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
  }
  return null;
}

/** Where a path points in the source: the key (for unknown fields) or the value. */
export function locate(
  source: Source,
  path: readonly PropertyKey[],
  at: 'key' | 'value' = 'value',
): { line: number; column: number; offset: number; node: PosNode | null } {
  let node: PosNode | null = source.root;
  let offset = node?.start ?? 0;
  for (let i = 0; i < path.length && node; i++) {
    const seg = path[i];
    if (node.entries) {
      const entry = node.entries.get(String(seg));
      if (!entry) break;
      if (i === path.length - 1 && at === 'key') {
        offset = entry.key.start;
        node = entry.key;
        break;
      }
      node = entry.value ?? entry.key;
      offset = node.start;
    } else if (node.items && typeof seg === 'number') {
      const item = node.items[seg];
      if (!item) break;
      node = item;
      offset = item.start;
    } else break;
  }
  const pos = source.lines.linePos(offset);
  return { line: pos.line, column: pos.col, offset, node };
}
