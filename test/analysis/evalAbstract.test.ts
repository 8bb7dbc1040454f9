// The over-approximation is only a proof if it is sound: every concrete value must lie inside the abstract one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Abstract } from '../../src/analysis/abstractValue.js';
import { type AbstractEnv, evalAbstract } from '../../src/analysis/evalAbstract.js';
import { createCelEnvironment } from '../../src/scenario/createCelEnvironment.js';
import type { CelNode } from '../../src/scenario/walkCel.js';
import { arbCase, arbExpr } from '../celArbitraries.js';
import { propertyRuns, propertyTimeout } from '../propertyRuns.js';

const env = createCelEnvironment(['x', 'y', 'z'], ['p']);
const dates = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01'];
/** Ranges that hold every value arbCase draws. */
const abstractEnv: AbstractEnv = {
  indicator: (id) => ({ kind: 'num', lo: id === 'x' ? -2 : id === 'y' ? 0 : -0.5, hi: id === 'x' ? 1e308 : id === 'y' ? 50 : 7, nan: false, int: false }),
  actor: () => new Set(['s0', 's1']),
  month: { kind: 'num', lo: 0, hi: 12, nan: false, int: true },
  dates: new Set(dates),
};

/** Whether a concrete value lies inside the abstract value. */
function contains(a: Abstract, v: unknown): boolean {
  if (!a.ok) return false;
  const x = a.v;
  if (x.kind === 'any') return true;
  if (x.kind === 'bool') return v === true ? x.t : v === false ? x.f : false;
  if (x.kind === 'str') return typeof v === 'string' && (x.values === null || x.values.has(v));
  const n = typeof v === 'bigint' ? Number(v) : v;
  if (typeof n !== 'number') return false;
  if (Number.isNaN(n)) return x.nan;
  // A range said to hold only ±Infinity holds no finite number.
  return x.lo <= n && n <= x.hi && !(x.infinite === true && Number.isFinite(n));
}

/**
 * Expressions where the same value meets itself or a zero meets an infinity: `e - e`, a divisor that is one, `e / 0.0 * 0.0`,
 * each inside some context (arithmetic, a comparison, a conversion, a branch), over random well-typed `e`.
 */
const arbCancelling = arbCase.chain((c) => {
  const numeric = c.type === 'int' || c.type === 'double' ? c.type : 'double';
  const e = arbExpr(numeric, Math.min(c.depth, 3), true);
  const other = arbExpr(numeric, 1, true);
  const zero = numeric === 'int' ? '0' : '0.0';
  const cancelling = fc.oneof(
    e.map((x) => `(${x} - ${x})`),
    fc.tuple(other, e).map(([a, x]) => `(${a} / (${x} - ${x}))`),
    fc.tuple(other, e).map(([a, x]) => `(${a} * (${x} - ${x}))`),
    e.map((x) => `(${x} / ${zero} * ${zero})`),
    e.map((x) => `(${x} / ${zero} - ${x} / ${zero})`),
  );
  const inContext = fc.oneof(
    cancelling,
    fc.tuple(cancelling, other, fc.constantFrom('+', '-', '*', '/')).map(([a, b, op]) => `(${b} ${op} ${a})`),
    fc.tuple(cancelling, other, fc.constantFrom('<', '==', '>=')).map(([a, b, op]) => `(${a} ${op} ${b} ? ${b} : ${a})`),
    cancelling.map((a) => (numeric === 'int' ? `int(double(${a}) / 0.0)` : `double(int(${a}))`)),
  );
  return inContext.map((text) => ({ ...c, text }));
});

describe('evalAbstract (interval arithmetic)', () => {
  const runs = propertyRuns(10_000);
  it.each([
    ['random expressions', arbCase.chain((c) => arbExpr(c.type, c.depth, true).map((text) => ({ ...c, text })))],
    ['expressions where a value meets itself or a zero meets an infinity', arbCancelling],
  ])(
    `should contain the value of ${runs.toLocaleString('en-US')} %s, and allow an error wherever CEL fails`,
    { timeout: propertyTimeout(runs) },
    (_name, cases) => {
      fc.assert(
        fc.property(cases, (c) => {
          const parsed = env.parse(c.text) as unknown as ((a: unknown) => unknown) & { ast: CelNode };
          const a = evalAbstract(parsed.ast, abstractEnv);
          let value: unknown;
          try {
            value = parsed({ indicators: { x: c.x, y: c.y, z: c.z }, actors: { p: c.p === 0 ? 's0' : 's1' }, month: BigInt(c.month), date: dates[c.month] });
          } catch {
            expect(a.err, `${c.text} fails in CEL`).toBe(true);
            return;
          }
          expect(contains(a, value), `${c.text} = ${String(value)} in ${JSON.stringify(a, (_, v) => (v instanceof Set ? [...v] : v))}`).toBe(true);
        }),
        { numRuns: runs },
      );
    },
  );
});
