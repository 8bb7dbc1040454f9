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
/** Names `cel.bind` binds (reusing one hides the outer one, of either kind). */
const BOUND = ['v', 'w', 'x'];

/** The variables in scope: those holding texts (macro variables, bound texts) and those holding lists of texts (bound lists). */
type Vars = { readonly texts: readonly string[]; readonly lists: readonly string[] };
const NONE: Vars = { texts: [], lists: [] };
const withText = (vars: Vars, v: string): Vars => ({ texts: [...vars.texts.filter((x) => x !== v), v], lists: vars.lists.filter((x) => x !== v) });
const withList = (vars: Vars, v: string): Vars => ({ texts: vars.texts.filter((x) => x !== v), lists: [...vars.lists.filter((x) => x !== v), v] });

/** `cel.bind(v, VALUE, BODY)` with VALUE drawn by `value` and BODY by `body`, which sees `v`. */
const bind = (value: fc.Arbitrary<string>, body: (v: string) => fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(value, fc.constantFrom(...BOUND)).chain(([val, v]) => body(v).map((b) => `cel.bind(${v}, ${val}, ${b})`));

/** A random text expression (depth-bounded). */
const textExpr = (depth: number, vars: Vars): fc.Arbitrary<string> =>
  depth === 0
    ? fc.oneof(text, ...(vars.texts.length > 0 ? [fc.constantFrom(...vars.texts)] : []), fc.constant('date'), fc.constant('actors.gov'))
    : fc.oneof(
        textExpr(0, vars),
        fc.tuple(textExpr(depth - 1, vars), textExpr(depth - 1, vars)).map(([a, b]) => `(${a} + ${b})`),
        fc.tuple(listExpr(depth - 1, vars), text).map(([l, sep]) => `${l}.join(${sep})`),
        fc.tuple(textExpr(depth - 1, vars), text).map(([k, v]) => `{"k": ${k}, "v": ${v}}.k`),
        fc.tuple(listExpr(depth - 1, vars)).map(([l]) => `(size(${l}) > 0 ? ${l}[0] : "")`),
        textExpr(depth - 1, vars).map((t) => `${t}.trim()`),
        bind(textExpr(depth - 1, vars), (v) => textExpr(depth - 1, withText(vars, v))),
        bind(listExpr(depth - 1, vars), (v) => textExpr(depth - 1, withList(vars, v))),
      );

/** A random list-of-texts expression. */
const listExpr = (depth: number, vars: Vars): fc.Arbitrary<string> =>
  depth === 0
    ? fc.oneof(
        fc.array(text, { maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`),
        ...(vars.lists.length > 0 ? [fc.constantFrom(...vars.lists)] : []),
      )
    : fc.oneof(
        listExpr(0, vars),
        fc.tuple(textExpr(depth - 1, vars), fc.constantFrom('""', '","', '"a"')).map(([t, sep]) => `${t}.split(${sep})`),
        fc.tuple(listExpr(depth - 1, vars), listExpr(depth - 1, vars)).map(([a, b]) => `(${a} + ${b})`),
        fc
          .tuple(listExpr(depth - 1, vars), fc.constantFrom(...VARS))
          .chain(([l, v]) => textExpr(depth - 1, withText(vars, v)).map((body) => `${l}.map(${v}, ${body})`)),
        fc.tuple(listExpr(depth - 1, vars), fc.constantFrom(...VARS)).map(([l, v]) => `${l}.filter(${v}, size(${v}) > 1)`),
        // A macro variable named like a scenario variable hides it: `indicators.risk` is then a field of a map.
        textExpr(depth - 1, vars).map((t) => `[{"risk": ${t}}].map(indicators, indicators.risk)`),
        // A bound list walked by nested macros: the work grows as its length to the power of the nesting.
        fc
          .tuple(listExpr(depth - 1, vars), fc.constantFrom('all', 'exists'))
          .map(([l, m]) => `cel.bind(v, ${l}, v.map(a, v.${m}(b, v.${m}(c, a + b + c != ""))))`),
        bind(listExpr(depth - 1, vars), (v) => listExpr(depth - 1, withList(vars, v))),
        bind(textExpr(depth - 1, vars), (v) => listExpr(depth - 1, withText(vars, v))),
      );

/** Evaluation steps (syntax-tree nodes evaluated) since `countSteps` was last called on an expression. */
let steps = 0;
const patched = new WeakSet<object>();
type Run = (ast: unknown, ctx: unknown) => unknown;

/** Makes `fn` count its evaluation steps in `steps`, from zero: cel-js evaluates every node through its evaluator's `run`, handed to the root node. */
function countSteps(fn: { ast: CelNode }): void {
  steps = 0;
  const root = fn.ast as unknown as { evaluate: (ev: { run: Run }, ast: unknown, ctx: unknown) => unknown };
  const evaluate = root.evaluate;
  root.evaluate = (ev, ast, ctx) => {
    if (!patched.has(ev)) {
      const run = ev.run;
      ev.run = (a, c) => {
        steps++;
        return run.call(ev, a, c);
      };
      patched.add(ev);
    }
    steps++;
    return evaluate.call(root, ev, ast, ctx);
  };
}

describe('expression bound', () => {
  it('counts the steps cel-js really takes (so the property below compares with something)', () => {
    const fn = env.parse('cel.bind(v, ["a", "b", "c"], v.all(a, v.all(b, a + b != "")))') as unknown as ((a: unknown) => unknown) & {
      ast: CelNode;
      check: () => unknown;
    };
    fn.check();
    countSteps(fn);
    expect(fn(activation)).toBe(true);
    // 3 × 3 inner bodies of several nodes each, plus the outer loop.
    expect(steps).toBeGreaterThan(3 * 3 * 3);
    expect(steps).toBeLessThanOrEqual(2 * expressionCost(fn.ast).cost);
  });

  const runs = propertyRuns(3000);
  it(
    'never says a value is smaller than it is',
    () => {
      let evaluated = 0;
      let boundEvaluated = 0;
      fc.assert(
        fc.property(fc.oneof(textExpr(3, NONE), listExpr(3, NONE)), (expr) => {
          let fn: ((a: unknown) => unknown) & { ast: CelNode; check: () => { valid: boolean } };
          try {
            fn = env.parse(expr) as unknown as typeof fn;
            if (!fn.check().valid) return;
          } catch {
            return;
          }
          const bound = expressionCost(fn.ast);
          countSteps(fn);
          let value: unknown;
          try {
            value = fn(activation);
          } catch {
            return;
          }
          evaluated += 1;
          if (expr.includes('cel.bind')) boundEvaluated += 1;
          const real = measure(value);
          expect(real.size, expr).toBeLessThanOrEqual(bound.size);
          expect(real.size * (1 + real.elem), expr).toBeLessThanOrEqual(bound.size * (1 + bound.elem));
          // The bound counts a step per node and per macro element; cel-js runs up to two nodes for each of those.
          expect(steps, expr).toBeLessThanOrEqual(2 * bound.cost);
        }),
        { numRuns: runs },
      );
      // Not a vacuous pass: most expressions evaluate, `cel.bind` among them.
      expect(evaluated).toBeGreaterThan(runs / 4);
      expect(boundEvaluated).toBeGreaterThan(runs / 20);
    },
    propertyTimeout(runs),
  );
});
