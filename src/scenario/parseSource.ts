// Turns YAML text into a document that remembers where every value came from.
import { isMap, isScalar, isSeq, LineCounter, type Node, type Pair, parseDocument } from 'yaml';
import { type Diagnostic, ScenarioError } from '../core/errors.js';
import { MAX_BYTES } from '../files/limits.js';

/** Text larger than this is refused before parsing (the largest per-kind limit; files are bounded when read). */
export const MAX_FILE_BYTES = Math.max(...Object.values(MAX_BYTES));
/** Deeper nesting than this is refused. */
export const MAX_DEPTH = 48;
const MAX_ALIASES = 100;

/** A parsed YAML file with its positions. */
export type Source = {
  readonly file: string;
  readonly text: string;
  readonly root: Node | null;
  readonly lines: LineCounter;
};

/** Parses YAML text; syntax errors, alias bombs, huge files and deep nesting become positioned diagnostics. */
export function parseSource(file: string, text: string): { source: Source; value: unknown } {
  const fail = (line: number, column: number, code: string, message: string, hint: string): never => {
    throw new ScenarioError([{ file, line, column, path: '', code, message, hint }]);
  };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_FILE_BYTES) {
    fail(1, 1, 'file-too-large', `the file is ${bytes} bytes; the limit is ${MAX_FILE_BYTES}`, 'split the file or remove unused parts');
  }
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
  const source: Source = { file, text, root: doc.contents as Node | null, lines };
  const deep = findTooDeep(source.root);
  if (deep) {
    const pos = lines.linePos(deep.range?.[0] ?? 0);
    fail(pos.line, pos.col, 'too-deep', `nesting deeper than ${MAX_DEPTH} levels`, 'flatten the structure');
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    fail(1, 1, 'alias-bomb', `too many YAML aliases: ${firstLine(message)}`, 'expand the aliases by hand; at most 100 alias expansions are allowed');
  }
  return { source, value };
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

const pairIndex = new WeakMap<object, Map<string, Pair>>();

/** The pairs of a map by key, built once per map: locating every path stays linear in the file, not quadratic. */
function pairsOf(node: { items: Pair[] }): Map<string, Pair> {
  let index = pairIndex.get(node);
  if (!index) {
    index = new Map();
    for (const p of node.items) if (isScalar(p.key) && !index.has(String(p.key.value))) index.set(String(p.key.value), p);
    pairIndex.set(node, index);
  }
  return index;
}

/** Where a path points in the source: the key (for unknown fields) or the value. */
export function locate(
  source: Source,
  path: readonly PropertyKey[],
  at: 'key' | 'value' = 'value',
): { line: number; column: number; offset: number; node: Node | null } {
  let node: Node | null = source.root;
  let offset = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length && node; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = pairsOf(node).get(String(seg));
      if (!pair) break;
      const key = pair.key as Node;
      if (i === path.length - 1 && at === 'key') {
        offset = key.range?.[0] ?? offset;
        node = key;
        break;
      }
      node = (pair.value as Node | null) ?? key;
      offset = node.range?.[0] ?? key.range?.[0] ?? offset;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg] as Node | undefined;
      if (!item) break;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else break;
  }
  const pos = source.lines.linePos(offset);
  return { line: pos.line, column: pos.col, offset, node };
}
