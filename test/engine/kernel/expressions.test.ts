// One expression semantics: random typed expressions over every operator and function of the shared table, evaluated by CEL and by the kernel.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileKernelNode, type KernelLayout } from '../../../src/engine/kernel/compileKernelExpr.js';
import { newKernelState } from '../../../src/engine/kernel/kernelState.js';
import { CEL_OPERATORS, type CelType } from '../../../src/scenario/celOperators.js';
import { createCelEnvironment } from '../../../src/scenario/createCelEnvironment.js';
import type { CelNode } from '../../../src/scenario/walkCel.js';
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

/** Leaves that can fail in arithmetic: zeros, the int64 edge, huge doubles. */
const LEAVES: Record<CelType, fc.Arbitrary<string>> = {
  int: fc.oneof(
    fc.constantFrom('0', '1', '2', '7', '9223372036854775807', '4611686018427387904', 'month', '(month - 3)'),
    fc.integer({ min: 0, max: 20 }).map(String),
  ),
  double: fc.constantFrom('0.0', '1.5', '2.5', '1e308', '0.1', 'indicators.x', 'indicators.y', 'indicators.z'),
  bool: fc.constantFrom('true', 'false'),
  string: fc.constantFrom('"a"', '"s1"', '"2025-06"', 'actors.p', 'date'),
};

const render = (name: string, args: string[]): string => {
  if (name === '-_') return `(-(${args[0]}))`;
  if (name === '!_') return `(!(${args[0]}))`;
  if (/^\w+$/.test(name)) return `${name}(${args.join(', ')})`;
  return `(${args[0]} ${name} ${args[1]})`;
};

/** A well-typed expression of `type`, up to `depth` levels, using the table's overloads, ?:, &&, || and in. */
function arbExpr(type: CelType, depth: number): fc.Arbitrary<string> {
  const key = `${type}/${depth}`;
  const known = memo.get(key);
  if (known) return known;
  const made = makeExpr(type, depth);
  memo.set(key, made);
  return made;
}
const memo = new Map<string, fc.Arbitrary<string>>();

function makeExpr(type: CelType, depth: number): fc.Arbitrary<string> {
  if (depth === 0) return LEAVES[type];
  const sub = (t: CelType) => arbExpr(t, depth - 1);
  const ops = CEL_OPERATORS.filter((o) => o.result === type).map((o) => fc.tuple(...o.args.map(sub)).map((args) => render(o.name, args)));
  const extra: fc.Arbitrary<string>[] = [fc.tuple(sub('bool'), sub(type), sub(type)).map(([c, a, b]) => `(${c} ? ${a} : ${b})`)];
  if (type === 'bool') {
    extra.push(fc.tuple(sub('bool'), fc.constantFrom('&&', '||'), sub('bool')).map(([a, op, b]) => `(${a} ${op} ${b})`));
    for (const t of ['int', 'double', 'string'] as const)
      extra.push(fc.tuple(sub(t), fc.array(sub(t), { minLength: 1, maxLength: 3 })).map(([x, xs]) => `(${x} in [${xs.join(', ')}])`));
  }
  return fc.oneof({ depthSize: 'small' }, LEAVES[type], ...ops, ...extra);
}

const arbCase = fc.record({
  type: fc.constantFrom<CelType>('int', 'double', 'bool', 'string'),
  depth: fc.integer({ min: 1, max: 4 }),
  x: fc.constantFrom(0, 0.5, 3, 100, -2, 1e308),
  y: fc.constantFrom(0, 1, 50),
  z: fc.constantFrom(0, -0.5, 7),
  month: fc.integer({ min: 0, max: 12 }),
  p: fc.constantFrom(0, 1),
});

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
});
