// The one table of CEL operators and functions: signature and implementation, feeding both the CEL environment and the kernel compiler.

/** The CEL types an expression of a scenario can have. */
export type CelType = 'int' | 'double' | 'bool' | 'string';
/** A value as CEL holds it: ints are bigint, doubles are number. */
export type CelValue = bigint | number | boolean | string;

/** A failure of an operation on its values (as CEL's: overflow, division by zero). */
export class CelOpError extends Error {}

/** One overload: `name` is an operator (`+`, `<`, `-_` for negation) or a function (`min`). */
export type CelOperator = {
  readonly name: string;
  readonly args: readonly CelType[];
  readonly result: CelType;
  /** True when the CEL library lacks it, so the environment registers it. */
  readonly custom: boolean;
  readonly impl: (...xs: never[]) => CelValue;
  /** Set when `impl` is exactly this JavaScript binary operator on the values, so a compiler may inline it. */
  readonly js?: JsOperator;
};

/** The JavaScript binary operators an implementation can be exactly. */
export type JsOperator = '+' | '-' | '*' | '/' | '<' | '<=' | '>' | '>=' | '===' | '!==';

const INT_MIN = -(2n ** 63n);
const INT_MAX = 2n ** 63n - 1n;
const checked = (x: bigint): bigint => {
  if (x < INT_MIN || x > INT_MAX) throw new CelOpError(`integer overflow: ${x}`);
  return x;
};
const n = (x: bigint | number): number => Number(x);

const op = (name: string, args: readonly CelType[], result: CelType, impl: CelOperator['impl'], custom = false, js?: JsOperator): CelOperator =>
  js === undefined ? { name, args, result, impl, custom } : { name, args, result, impl, custom, js };
const NUMS = ['int', 'double'] as const;
/** Equality across int (bigint) and double (number) is exact, as CEL's. */
const same = (a: CelValue, b: CelValue): boolean => {
  if (typeof a === 'bigint' && typeof b === 'number') return Number.isInteger(b) && BigInt(b) === a;
  if (typeof a === 'number' && typeof b === 'bigint') return Number.isInteger(a) && BigInt(a) === b;
  return a === b;
};
/** Orderings compare a bigint with a number exactly (JavaScript does). */
const COMPARE: readonly [string, (a: never, b: never) => boolean][] = [
  ['==', (a, b) => same(a, b)],
  ['!=', (a, b) => !same(a, b)],
  ['<', (a, b) => a < b],
  ['<=', (a, b) => a <= b],
  ['>', (a, b) => a > b],
  ['>=', (a, b) => a >= b],
];

function buildTable(): CelOperator[] {
  const t: CelOperator[] = [
    op('+', ['int', 'int'], 'int', (a: bigint, b: bigint) => checked(a + b)),
    op('-', ['int', 'int'], 'int', (a: bigint, b: bigint) => checked(a - b)),
    op('*', ['int', 'int'], 'int', (a: bigint, b: bigint) => checked(a * b)),
    op('/', ['int', 'int'], 'int', (a: bigint, b: bigint) => {
      if (b === 0n) throw new CelOpError('division by zero');
      return a / b;
    }),
    op('%', ['int', 'int'], 'int', (a: bigint, b: bigint) => {
      if (b === 0n) throw new CelOpError('modulo by zero');
      return a % b;
    }),
    op('-_', ['int'], 'int', (a: bigint) => -a),
    op('-_', ['double'], 'double', (a: number) => -a),
    op('!_', ['bool'], 'bool', (a: boolean) => !a),
    op('+', ['string', 'string'], 'string', (a: string, b: string) => a + b),
    op('clamp', ['double', 'double', 'double'], 'double', (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x)), true),
  ];
  const arithmetic: [string, (a: number, b: number) => number][] = [
    ['+', (a, b) => a + b],
    ['-', (a, b) => a - b],
    ['*', (a, b) => a * b],
    ['/', (a, b) => a / b],
  ];
  for (const [name, f] of arithmetic) {
    t.push(op(name, ['double', 'double'], 'double', (a: number, b: number) => f(a, b), false, name as JsOperator));
    t.push(op(name, ['double', 'int'], 'double', (a: number, b: bigint) => f(a, n(b)), true));
    t.push(op(name, ['int', 'double'], 'double', (a: bigint, b: number) => f(n(a), b), true));
  }
  for (const [name, f] of COMPARE) {
    const js = (same: boolean): JsOperator | undefined =>
      name === '==' ? (same ? '===' : undefined) : name === '!=' ? (same ? '!==' : undefined) : (name as JsOperator);
    for (const a of NUMS)
      for (const b of NUMS) t.push(op(name, [a, b], 'bool', f as CelOperator['impl'], name === '==' && a === 'double' && b === 'int', js(a === b)));
    t.push(op(name, ['string', 'string'], 'bool', f as CelOperator['impl'], false, js(true)));
    t.push(op(name, ['bool', 'bool'], 'bool', f as CelOperator['impl'], false, js(true)));
  }
  for (const [name, pick] of [
    ['min', (a: number, b: number) => Math.min(a, b)],
    ['max', (a: number, b: number) => Math.max(a, b)],
  ] as const) {
    for (const [a, b] of [
      ['double', 'double'],
      ['double', 'int'],
      ['int', 'double'],
    ] as const)
      t.push(op(name, [a, b], 'double', (x: bigint | number, y: bigint | number) => pick(n(x), n(y)), true));
    t.push(op(name, ['int', 'int'], 'int', (x: bigint, y: bigint) => ((name === 'min' ? x < y : x > y) ? x : y), true));
  }
  return t;
}

/** Every operator and function overload that both evaluators implement. */
export const CEL_OPERATORS: readonly CelOperator[] = buildTable();

const byKey = new Map(CEL_OPERATORS.map((o) => [`${o.name}(${o.args.join(',')})`, o]));

/** The overload of `name` for these argument types, if the table has it. */
export function findOperator(name: string, args: readonly CelType[]): CelOperator | undefined {
  return byKey.get(`${name}(${args.join(',')})`);
}

/** The signature as the CEL library writes it: `double + int: double`, `min(int, int): int`. */
export function celSignature(o: CelOperator): string {
  if (/^\w+$/.test(o.name)) return `${o.name}(${o.args.join(', ')}): ${o.result}`;
  return `${o.args[0]} ${o.name} ${o.args[1]}: ${o.result}`;
}
