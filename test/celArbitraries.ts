// fast-check generators of typed CEL expressions over every operator of the shared table, with values that make them fail.
import fc from 'fast-check';
import { CEL_OPERATORS, type CelType } from '../src/scenario/celOperators.js';

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

/** A well-typed expression of `type`, up to `depth` levels, using the table's overloads, ?:, &&, || and in (and CEL's int() and double() with `conversions`). */
export function arbExpr(type: CelType, depth: number, conversions = false): fc.Arbitrary<string> {
  const key = `${type}/${depth}/${conversions}`;
  const known = memo.get(key);
  if (known) return known;
  const made = makeExpr(type, depth, conversions);
  memo.set(key, made);
  return made;
}
const memo = new Map<string, fc.Arbitrary<string>>();

function makeExpr(type: CelType, depth: number, conversions: boolean): fc.Arbitrary<string> {
  if (depth === 0) return LEAVES[type];
  const sub = (t: CelType) => arbExpr(t, depth - 1, conversions);
  const ops = CEL_OPERATORS.filter((o) => o.result === type).map((o) => fc.tuple(...o.args.map(sub)).map((args) => render(o.name, args)));
  const extra: fc.Arbitrary<string>[] = [fc.tuple(sub('bool'), sub(type), sub(type)).map(([c, a, b]) => `(${c} ? ${a} : ${b})`)];
  // CEL's own conversions (not in the table): int() truncates a double and fails on NaN, infinities and beyond 64 bits.
  if (conversions && type === 'int') extra.push(sub('double').map((x) => `int(${x})`));
  if (conversions && type === 'double') extra.push(sub('int').map((x) => `double(${x})`));
  if (type === 'bool') {
    extra.push(fc.tuple(sub('bool'), fc.constantFrom('&&', '||'), sub('bool')).map(([a, op, b]) => `(${a} ${op} ${b})`));
    for (const t of ['int', 'double', 'string'] as const)
      extra.push(fc.tuple(sub(t), fc.array(sub(t), { minLength: 1, maxLength: 3 })).map(([x, xs]) => `(${x} in [${xs.join(', ')}])`));
  }
  return fc.oneof({ depthSize: 'small' }, LEAVES[type], ...ops, ...extra);
}

/** A random expression type and depth, with indicator values, a month and an actor state to evaluate it at. */
export const arbCase = fc.record({
  type: fc.constantFrom<CelType>('int', 'double', 'bool', 'string'),
  depth: fc.integer({ min: 1, max: 4 }),
  x: fc.constantFrom(0, 0.5, 3, 100, -2, 1e308),
  y: fc.constantFrom(0, 1, 50),
  z: fc.constantFrom(0, -0.5, 7),
  month: fc.integer({ min: 0, max: 12 }),
  p: fc.constantFrom(0, 1),
});
