// The CEL environment of a scenario: its variables, and numeric operators that mix int and double.
import { Environment } from '@marcbachmann/cel-js';

type Num = number | bigint;
const n = (x: Num): number => Number(x);

/** Limits on one expression, so a file cannot make evaluation slow. */
export const CEL_LIMITS = { maxAstNodes: 400, maxDepth: 32, maxListElements: 64, maxMapEntries: 64, maxCallArguments: 8 };

/** The variables every expression may read. */
export const CEL_VARIABLES = ['indicators', 'actors', 'month', 'date'] as const;

/** Builds the environment for a scenario with these indicator and actor ids. */
export function createCelEnvironment(indicatorIds: readonly string[], actorIds: readonly string[]): Environment {
  const env = new Environment({ limits: CEL_LIMITS })
    .registerVariable({ name: 'indicators', schema: Object.fromEntries(indicatorIds.map((id) => [id, 'double'])) })
    .registerVariable({ name: 'actors', schema: Object.fromEntries(actorIds.map((id) => [id, 'string'])) })
    .registerVariable('month', 'int')
    .registerVariable('date', 'string');
  const arithmetic: [string, (a: number, b: number) => number][] = [
    ['+', (a, b) => a + b],
    ['-', (a, b) => a - b],
    ['*', (a, b) => a * b],
    ['/', (a, b) => a / b],
  ];
  for (const [op, f] of arithmetic) {
    env.registerOperator(`double ${op} int: double`, (a: Num, b: Num) => f(n(a), n(b)));
    env.registerOperator(`int ${op} double: double`, (a: Num, b: Num) => f(n(a), n(b)));
  }
  env.registerOperator('double == int: bool', (a: Num, b: Num) => n(a) === n(b));
  for (const [name, f] of [
    ['min', Math.min],
    ['max', Math.max],
  ] as const) {
    for (const sig of ['double, double', 'double, int', 'int, double']) {
      env.registerFunction(`${name}(${sig}): double`, (a: Num, b: Num) => f(n(a), n(b)));
    }
    env.registerFunction(`${name}(int, int): int`, (a: bigint, b: bigint) => ((name === 'min' ? a < b : a > b) ? a : b));
  }
  env.registerFunction('clamp(double, double, double): double', (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x)));
  return env;
}
