// A fast first reading of YAML (js-yaml), trusted only where it gives exactly what the full parser (yaml) would.
import { constructFromEvents, defineMappingTag, defineScalarTag, type Event, NOT_RESOLVED, parseEvents, Schema, seqTag, strTag } from 'js-yaml';

/**
 * The value of `text`, or `undefined` whenever this reading might differ from the full parser's: then the caller
 * reads the file with `yaml`, which also words and positions every problem. js-yaml reads a large file about ten
 * times faster; it is kept to the plain data that both parsers read alike (YAML 1.2 core scalars resolved by the
 * same rules as `yaml`'s, string keys only, no anchors, aliases or tags (js-yaml is laxer about their spacing), no
 * directives or document markers, no byte-order mark but a first one, no lone carriage return, no tab in an
 * indentation, no key over 1,000 characters, no block scalar with an indentation indicator, nesting under `maxDepth`).
 * Anything else, and every error, goes to the full parser. test/scenario/fastParse.test.ts compares the two.
 */
export function fastParse(text: string, maxDepth: number): { value: unknown } | undefined {
  if (OUTSIDE.some((re) => re.test(text))) return undefined;
  try {
    const events = parseEvents(text, { maxDepth });
    if (!plainEvents(text, events)) return undefined;
    const documents = constructFromEvents(events, { source: text, schema: SAME_AS_YAML, maxAliases: 0 });
    return documents.length === 1 ? { value: documents[0] } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Texts the two parsers read differently, or one refuses and the other not: a directive (`%YAML 1.1` switches `yaml`
 * to another schema), a document marker (`---`, `...`), a byte-order mark after the first character, a carriage return
 * that does not end a line, a tab in a line's indentation.
 */
const OUTSIDE = [/^%/m, /^(---|\.\.\.)(\s|$)/m, /(?!^)\uFEFF/, /\r(?!\n)/, /^ *\t/m];

/** The longest key both parsers read alike (`yaml` refuses an implicit key over 1,024 characters). */
const MAX_KEY = 1_000;

/** Whether the events hold only what both parsers read alike: no anchor, alias or tag, no long key, no block scalar with an indentation indicator. */
function plainEvents(text: string, events: readonly Event[]): boolean {
  // Per open collection: a map (its next scalar is a key when `key` is true) or a list.
  const open: { map: boolean; key: boolean }[] = [];
  const valueDone = () => {
    const top = open[open.length - 1];
    if (top?.map) top.key = !top.key;
  };
  for (const e of events) {
    if (e.type === 5) return false;
    if (e.type === 2 || e.type === 3) {
      if (e.anchorStart >= 0 || e.tagStart >= 0) return false;
      valueDone();
      open.push({ map: e.type === 3, key: true });
    } else if (e.type === 6) open.pop();
    else if (e.type === 4) {
      if (e.anchorStart >= 0 || e.tagStart >= 0) return false;
      const top = open[open.length - 1];
      if (top?.map && top.key && e.valueEnd - e.valueStart > MAX_KEY) return false;
      if ((e.style === 4 || e.style === 5) && /[|>][+-]?[1-9]/.test(headerLine(text, e.valueStart))) return false;
      valueDone();
    }
  }
  return true;
}

/** The line before `start` (a block scalar's header line, its content starting on the next). */
function headerLine(text: string, start: number): string {
  const end = text.lastIndexOf('\n', start - 1);
  return end < 0 ? text.slice(0, Math.max(0, start)) : text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
}

/** A plain scalar read by one of `yaml`'s core rules (its regular expression and its conversion), in `yaml`'s order. */
function coreTag(name: string, rules: readonly (readonly [RegExp, (s: string) => unknown])[]) {
  return defineScalarTag(`tag:yaml.org,2002:${name}`, {
    implicit: true,
    resolve: (source, isExplicit) => {
      if (isExplicit) return NOT_RESOLVED;
      for (const [test, convert] of rules) if (test.test(source)) return convert(source);
      return NOT_RESOLVED;
    },
    identify: () => false,
  });
}

/** `yaml` 2's core schema (dist/schema/core): null, bool, int (octal, decimal, hex), float (nan/inf, exponent, decimal). */
const SAME_AS_YAML = new Schema([
  strTag,
  seqTag,
  defineMappingTag<Record<string, unknown>>('tag:yaml.org,2002:map', {
    create: () => ({}),
    addPair: (map, key, value) => {
      // `yaml` writes a null key as "" and a complex key as its YAML text: leave every non-string key to it.
      if (typeof key !== 'string') return 'non-string key';
      if (key === '__proto__') Object.defineProperty(map, key, { value, enumerable: true, configurable: true, writable: true });
      else map[key] = value;
      return '';
    },
    has: (map, key) => typeof key === 'string' && Object.hasOwn(map, key),
    keys: (map) => Object.keys(map),
    get: (map, key) => (typeof key === 'string' && Object.hasOwn(map, key) ? map[key] : null),
    identify: () => false,
  }),
  coreTag('null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
  coreTag('bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']]),
  coreTag('int', [
    [/^0o[0-7]+$/, (s) => Number.parseInt(s.substring(2), 8)],
    [/^[-+]?[0-9]+$/, (s) => Number.parseInt(s, 10)],
    [/^0x[0-9a-fA-F]+$/, (s) => Number.parseInt(s.substring(2), 16)],
  ]),
  coreTag('float', [
    [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === 'nan' ? Number.NaN : s[0] === '-' ? -Infinity : Infinity)],
    [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, Number.parseFloat],
    [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, Number.parseFloat],
  ]),
]);
