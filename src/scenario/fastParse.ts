// A fast first reading of YAML (js-yaml), trusted only where it gives exactly what the full parser (yaml) would.
import { constructFromEvents, defineMappingTag, defineScalarTag, type Event, NOT_RESOLVED, parseEvents, Schema, seqTag, strTag } from 'js-yaml';

/**
 * The value of `text`, or `undefined` whenever this reading might differ from the full parser's: then the caller
 * reads the file with `yaml`, which also words and positions every problem. js-yaml reads a large file about ten
 * times faster; it is kept to the plain data that both parsers read alike (YAML 1.2 core scalars resolved by the
 * same rules as `yaml`'s, string keys only, no anchors, aliases or tags (js-yaml is laxer about their spacing), no
 * directives, nesting under `maxDepth`). Anything else, and every error, goes to the full parser.
 */
export function fastParse(text: string, maxDepth: number): { value: unknown } | undefined {
  if (DIRECTIVE.test(text)) return undefined;
  try {
    const events = parseEvents(text, { maxDepth });
    if (events.some(hasProperties)) return undefined;
    const documents = constructFromEvents(events, { source: text, schema: SAME_AS_YAML, maxAliases: 0 });
    return documents.length === 1 ? { value: documents[0] } : undefined;
  } catch {
    return undefined;
  }
}

/** An anchor, an alias or a tag. */
const hasProperties = (e: Event): boolean => e.type === 5 || ((e.type === 2 || e.type === 3 || e.type === 4) && (e.anchorStart >= 0 || e.tagStart >= 0));

/** A directive line (`%YAML 1.1` switches `yaml` to another schema). */
const DIRECTIVE = /^%/m;

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
