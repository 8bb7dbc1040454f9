// Text → checked scenario: parse, shape, references, expressions. Every problem is reported at once.
import { createHash } from 'node:crypto';
import { ScenarioError } from '../core/errors.js';
import { type CompiledExpr, checkExpressions } from './checkExpressions.js';
import { checkParameters } from './checkParameters.js';
import { checkRanges } from './checkRanges.js';
import { checkReferences } from './checkReferences.js';
import { checkShape } from './checkShape.js';
import { collectExpressions } from './collectExpressions.js';
import { createCelEnvironment } from './createCelEnvironment.js';
import { parseSource, type Source } from './parseSource.js';
import { type Scenario, scenarioSchema } from './scenarioSchema.js';

/** A scenario that passed every check, with its compiled expressions. */
export type CheckedScenario = {
  readonly scenario: Scenario;
  readonly source: Source;
  /** Compiled expressions by document path, e.g. `outcomes.full_exit.rule`. */
  readonly exprs: ReadonlyMap<string, CompiledExpr>;
  /** Hash of the scenario's content; sessions refuse a scenario whose fingerprint changed. */
  readonly fingerprint: string;
};

/** Reads and checks scenario text; throws a ScenarioError listing every problem. */
export function readScenario(file: string, text: string): CheckedScenario {
  const { source, value } = parseSource(file, text);
  const scenario = checkShape(source, scenarioSchema, value);
  const { diagnostics, names } = checkReferences(source, scenario);
  const env = createCelEnvironment(names.indicators, [...names.actors.keys()], names.params?.keys());
  const checked = checkExpressions(source, collectExpressions(scenario), env, names);
  const all = [...diagnostics, ...checkRanges(source, scenario), ...checkParameters(source, scenario), ...checked.diagnostics].sort(
    (a, b) => a.line - b.line || a.column - b.column,
  );
  if (all.length > 0) throw new ScenarioError(all);
  return { scenario, source, exprs: checked.compiled, fingerprint: fingerprintOf(scenario) };
}

/** A short content hash of a scenario, independent of formatting and comments. */
export function fingerprintOf(scenario: Scenario): string {
  return createHash('sha256').update(JSON.stringify(scenario)).digest('hex').slice(0, 16);
}
