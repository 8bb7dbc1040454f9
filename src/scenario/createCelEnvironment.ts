// The CEL environment of a scenario: its variables, and the custom overloads of the shared operator table.
import { Environment } from '@marcbachmann/cel-js';
import { CEL_OPERATORS, celSignature } from './celOperators.js';

/** Limits on one expression, so a file cannot make evaluation slow. */
export const CEL_LIMITS = { maxAstNodes: 400, maxDepth: 32, maxListElements: 64, maxMapEntries: 64, maxCallArguments: 8 };

/** The variables every expression may read. */
export const CEL_VARIABLES = ['indicators', 'actors', 'params', 'month', 'date'] as const;

/** Builds the environment for a scenario with these indicator, actor and parameter names. */
export function createCelEnvironment(indicatorIds: readonly string[], actorIds: readonly string[], paramNames: Iterable<string> = []): Environment {
  const env = new Environment({ limits: CEL_LIMITS })
    .registerVariable({ name: 'indicators', schema: Object.fromEntries(indicatorIds.map((id) => [id, 'double'])) })
    .registerVariable({ name: 'actors', schema: Object.fromEntries(actorIds.map((id) => [id, 'string'])) })
    .registerVariable({ name: 'params', schema: Object.fromEntries([...paramNames].map((id) => [id, 'double'])) })
    .registerVariable('month', 'int')
    .registerVariable('date', 'string');
  for (const o of CEL_OPERATORS) {
    if (!o.custom) continue;
    if (/^\w+$/.test(o.name)) env.registerFunction(celSignature(o), o.impl as (...xs: unknown[]) => unknown);
    else env.registerOperator(celSignature(o), o.impl as (...xs: unknown[]) => unknown);
  }
  return env;
}
