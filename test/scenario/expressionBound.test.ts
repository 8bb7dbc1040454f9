// The static bound holds for real values: random expressions of texts, lists and maps (split, join, map, filter, +,
// fields, indexes, macros whose variable hides a scenario variable) never build a value bigger than it says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCelEnvironment } from '../../src/scenario/createCelEnvironment.js';
import { expressionCost } from '../../src/scenario/expressionCost.js';
import type { CelNode } from '../../src/scenario/walkCel.js';
import { propertyRuns, propertyTimeout } from '../propertyRuns.js';

const env = createCelEnvironment(['risk'], ['gov'], []);
const activation = { indicators: { risk: 3 }, actors: { gov: 'calm' }, params: {}, month: 1n, date: '2025-10' };

/** How big a value is, measured as the bound counts it: a text's length, a list's or map's entries, and each element's size when walked. */
function measure(v: unknown): { size: number; elem: number } {
  if (typeof v === 'string') return { size: Math.max(1, v.length), elem: 0 };
  const items = Array.isArray(v) ? v : v instanceof Map ? [...v].flat() : typeof v === 'object' && v !== null ? Object.entries(v).flat() : null;
  if (items === null) return { size: 1, elem: 0 };
  const walks = items.map((x) => {
    const m = measure(x);
    return m.size * (1 + m.elem);
  });
  const count = Array.isArray(v) ? v.length : walks.length / 2;
  return { size: count, elem: Math.max(0, ...walks) };
}

const text = fc.string({ unit: fc.constantFrom('a', 'b', ',', ' '), maxLength: 12 }).map((s) => JSON.stringify(s));
const VARS = ['x', 'y', 'indicators'];

/** A random text expression (depth-bounded); `vars` are macro variables holding texts. */
const textExpr = (depth: number, vars: readonly string[]): fc.Arbitrary<string> =>
  depth === 0
    ? fc.oneof(text, ...(vars.length > 0 ? [fc.constantFrom(...vars)] : []), fc.constant('date'), fc.constant('actors.gov'))
    : fc.oneof(
        textExpr(0, vars),
        fc.tuple(textExpr(depth - 1, vars), textExpr(depth - 1, vars)).map(([a, b]) => `(${a} + ${b})`),
        fc.tuple(listExpr(depth - 1, vars), text).map(([l, sep]) => `${l}.join(${sep})`),
        fc.tuple(textExpr(depth - 1, vars), text).map(([k, v]) => `{"k": ${k}, "v": ${v}}.k`),
        fc.tuple(listExpr(depth - 1, vars)).map(([l]) => `(size(${l}) > 0 ? ${l}[0] : "")`),
        textExpr(depth - 1, vars).map((t) => `${t}.trim()`),
      );

/** A random list-of-texts expression. */
const listExpr = (depth: number, vars: readonly string[]): fc.Arbitrary<string> =>
  depth === 0
    ? fc.array(text, { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`)
    : fc.oneof(
        listExpr(0, vars),
        fc.tuple(textExpr(depth - 1, vars), fc.constantFrom('""', '","', '"a"')).map(([t, sep]) => `${t}.split(${sep})`),
        fc.tuple(listExpr(depth - 1, vars), listExpr(depth - 1, vars)).map(([a, b]) => `(${a} + ${b})`),
        fc
          .tuple(listExpr(depth - 1, vars), fc.constantFrom(...VARS))
          .chain(([l, v]) => textExpr(depth - 1, [...vars, v]).map((body) => `${l}.map(${v}, ${body})`)),
        fc.tuple(listExpr(depth - 1, vars), fc.constantFrom(...VARS)).map(([l, v]) => `${l}.filter(${v}, size(${v}) > 1)`),
        // A macro variable named like a scenario variable hides it: `indicators.risk` is then a field of a map.
        textExpr(depth - 1, vars).map((t) => `[{"risk": ${t}}].map(indicators, indicators.risk)`),
      );

describe('expression bound', () => {
  const runs = propertyRuns(3000);
  it(
    'never says a value is smaller than it is',
    () => {
      fc.assert(
        fc.property(fc.oneof(textExpr(3, []), listExpr(3, [])), (expr) => {
          let fn: ((a: unknown) => unknown) & { ast: CelNode };
          try {
            fn = env.parse(expr) as unknown as typeof fn;
            env.check(expr);
          } catch {
            return;
          }
          let value: unknown;
          try {
            value = fn(activation);
          } catch {
            return;
          }
          const bound = expressionCost(fn.ast);
          const real = measure(value);
          expect(real.size, expr).toBeLessThanOrEqual(bound.size);
          expect(real.size * (1 + real.elem), expr).toBeLessThanOrEqual(bound.size * (1 + bound.elem));
        }),
        { numRuns: runs },
      );
    },
    propertyTimeout(runs),
  );
});
