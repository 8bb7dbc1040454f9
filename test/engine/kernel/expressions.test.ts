// One expression semantics: random typed expressions over every operator and function of the shared table, evaluated by CEL and by the kernel.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileKernelNode, type KernelLayout } from '../../../src/engine/kernel/compileKernelExpr.js';
import { newKernelState } from '../../../src/engine/kernel/kernelState.js';
import { CEL_OPERATORS } from '../../../src/scenario/celOperators.js';
import { createCelEnvironment } from '../../../src/scenario/createCelEnvironment.js';
import type { CelNode } from '../../../src/scenario/walkCel.js';
import { arbCase, arbExpr } from '../../celArbitraries.js';
import { propertyRuns, propertyTimeout } from '../../propertyRuns.js';

const env = createCelEnvironment(['x', 'y', 'z'], ['p']);
const dates = Array.from({ length: 13 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}`.replace(/^2025-1([3-9])$/, '2026-0$1'));
const layout: KernelLayout = {
  indicatorIndex: new Map([
    ['x', 0],
    ['y', 1],
    ['z', 2],
  ]),
  actorIndex: new Map([['p', 0]]),
  leafNames: [['s0', 's1']],
  dates,
};

type Outcome = { ok: true; value: unknown } | { ok: false };
const normal = (v: unknown) => (typeof v === 'bigint' ? Number(v) : v);

describe('one expression semantics: CEL and the kernel', () => {
  const runs = propertyRuns(10_000);
  it(
    `should agree on the value or the failure of ${runs.toLocaleString('en-US')} random expressions over every operator`,
    () => {
      const seen = new Set<string>();
      let failures = 0;
      fc.assert(
        fc.property(
          arbCase.chain((c) => arbExpr(c.type, c.depth).map((text) => ({ ...c, text }))),
          (c) => {
            const checked = env.check(c.text) as { valid: boolean; type?: string };
            expect(checked.valid, c.text).toBe(true);
            const parsed = env.parse(c.text) as unknown as ((a: unknown) => unknown) & { ast: CelNode };
            const fn = compileKernelNode(parsed.ast, layout);
            expect(fn, `the kernel compiles ${c.text}`).not.toBeNull();
            for (const o of CEL_OPERATORS) if (c.text.includes(o.name === '-_' ? '(-(' : o.name === '!_' ? '(!(' : o.name)) seen.add(o.name);
            const activation = { indicators: { x: c.x, y: c.y, z: c.z }, actors: { p: c.p === 0 ? 's0' : 's1' }, month: BigInt(c.month), date: dates[c.month] };
            const k = newKernelState(3, 1);
            k.ind.set([c.x, c.y, c.z]);
            k.actorState[0] = c.p;
            k.month = c.month;
            const run = (f: () => unknown): Outcome => {
              try {
                return { ok: true, value: normal(f()) };
              } catch {
                return { ok: false };
              }
            };
            const cel = run(() => parsed(activation));
            const kernel = run(() => fn?.(k));
            if (!cel.ok) failures++;
            expect(kernel, c.text).toEqual(cel);
          },
        ),
        { numRuns: runs },
      );
      expect(
        [...new Set(CEL_OPERATORS.map((o) => o.name))].filter((name) => !seen.has(name)),
        'every operator is exercised',
      ).toEqual([]);
      expect(failures, 'some expressions must fail (division by zero, overflow)').toBeGreaterThan(runs / 100);
    },
    propertyTimeout(runs),
  );

  it('should absorb an error in && and || from either side, as CEL does', () => {
    const cases = ['(1/(month-month)) > 0 && false', 'false && (1/(month-month)) > 0', '(1/(month-month)) > 0 || true', 'true || (1/(month-month)) > 0'];
    for (const text of cases) {
      const parsed = env.parse(text) as unknown as ((a: unknown) => unknown) & { ast: CelNode };
      const k = newKernelState(3, 1);
      const value = parsed({ indicators: { x: 0, y: 0, z: 0 }, actors: { p: 's0' }, month: 0n, date: dates[0] });
      expect(compileKernelNode(parsed.ast, layout)?.(k), text).toBe(value);
    }
    const fails = env.parse('(1/(month-month)) > 0 && true') as unknown as { ast: CelNode };
    expect(() => compileKernelNode(fails.ast, layout)?.(newKernelState(3, 1))).toThrow('division by zero');
  });

  it('should agree with CEL where the compiler specializes: states as leaf indexes, indicators against known numbers, folded constants', () => {
    const cases = [
      'actors.p == "s1"',
      '"s1" != actors.p',
      'actors.p == "not_a_state"',
      'actors.p != "not_a_state"',
      'indicators.x == 3',
      'indicators.x != 3',
      '3 < indicators.x',
      'indicators.x >= 9007199254740993',
      'indicators.y <= 2.5 && actors.p == "s0"',
      'indicators.y > 2.5 || actors.p == "s0"',
      '(indicators.x > 1.0 ? 0.3 : 0.1) + 0.0',
      '1.0 / -0.0 < 0.0',
      '(2 + 3) * 4 == 20 ? indicators.z : indicators.y',
      '1 / 0 > 0',
      'month > 2 && indicators.x / 0.0 > 1.0',
    ];
    for (const [x, y, p] of [
      [3, 2.5, 1],
      [3.5, 2, 0],
      [0, 9, 1],
    ] as const) {
      const k = newKernelState(3, 1);
      k.ind.set([x, y, 7]);
      k.actorState[0] = p;
      k.month = 3;
      const activation = { indicators: { x, y, z: 7 }, actors: { p: p === 0 ? 's0' : 's1' }, month: 3n, date: dates[3] };
      for (const text of cases) {
        const parsed = env.parse(text) as unknown as ((a: unknown) => unknown) & { ast: CelNode };
        const outcome = (f: () => unknown) => {
          try {
            return { value: normal(f()) };
          } catch {
            return { failed: true };
          }
        };
        expect(
          outcome(() => compileKernelNode(parsed.ast, layout)?.(k)),
          `${text} at x=${x}, y=${y}, p=${p}`,
        ).toEqual(outcome(() => parsed(activation)));
      }
    }
  });
});
