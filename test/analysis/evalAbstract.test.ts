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
  return Number.isNaN(n) ? x.nan : x.lo <= n && n <= x.hi;
}

describe('evalAbstract (interval arithmetic)', () => {
  const runs = propertyRuns(10_000);
  it(`should contain the value of ${runs.toLocaleString('en-US')} random expressions, and allow an error wherever CEL fails`, {
    timeout: propertyTimeout(runs),
  }, () => {
    fc.assert(
      fc.property(
        arbCase.chain((c) => arbExpr(c.type, c.depth, true).map((text) => ({ ...c, text }))),
        (c) => {
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
        },
      ),
      { numRuns: runs },
    );
  });
});
