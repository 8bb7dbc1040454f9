// What-if assumptions from the command line: `--set triggers.ID.chance=EXPR`, `--set indicators.ID.initial=N`, `--set params.NAME=N`.
import { UsageError } from '../core/errors.js';
import { didYouMean } from '../core/suggest.js';
import { type CompiledExpr, checkOneExpression, reviseExpr } from './checkExpressions.js';
import { createCelEnvironment } from './createCelEnvironment.js';
import { namesOf } from './namesOf.js';
import { type CheckedScenario, fingerprintOf } from './readScenario.js';
import { readsOf } from './walkCel.js';

const FORMS = 'write --set triggers.ID.chance=EXPR, --set indicators.ID.initial=NUMBER or --set params.NAME=NUMBER';

/** Applies overrides in order; each problem names the option, the column and the fix. */
export function applyOverrides(checked: CheckedScenario, sets: readonly string[]): CheckedScenario {
  let scenario = checked.scenario;
  const exprs = new Map(checked.exprs);
  const names = namesOf(scenario);
  const env = createCelEnvironment(names.indicators, [...names.actors.keys()], names.params?.keys());
  sets.forEach((option, n) => {
    const where = `--set ${JSON.stringify(option)}`;
    const eq = option.indexOf('=');
    if (eq < 0) throw new UsageError(`${where}: no "=" found`, FORMS);
    const [root, id, field, ...rest] = option.slice(0, eq).trim().split('.');
    const value = option.slice(eq + 1);
    if (root === 'triggers' && field === 'chance' && rest.length === 0 && id) {
      const trigger = Object.hasOwn(scenario.triggers, id) ? scenario.triggers[id] : undefined;
      if (!trigger) throw new UsageError(`${where}: unknown trigger "${id}"`, didYouMean(id, Object.keys(scenario.triggers), 'trigger'));
      const result = checkOneExpression(value, 'chance', env, names);
      if (!result.ok) {
        const p = result.problems[0];
        throw new UsageError(`${where}, column ${eq + 2 + (p?.offset ?? 0)}: ${p?.message}`, p?.hint || FORMS);
      }
      const path = `triggers.${id}.chance`;
      exprs.set(path, {
        text: value,
        path,
        at: `--set[${n + 1}]:1:${eq + 2}`,
        kind: 'chance',
        reads: readsOf(result.ast),
        ast: result.ast,
        run: result.run,
        runWith: result.runWith,
      });
      scenario = { ...scenario, triggers: { ...scenario.triggers, [id]: { ...trigger, chance: value } } };
      return;
    }
    if (root === 'indicators' && field === 'initial' && rest.length === 0 && id) {
      const indicator = Object.hasOwn(scenario.indicators, id) ? scenario.indicators[id] : undefined;
      if (!indicator) throw new UsageError(`${where}: unknown indicator "${id}"`, didYouMean(id, Object.keys(scenario.indicators), 'indicator'));
      const v = Number(value);
      if (value.trim() === '' || !Number.isFinite(v))
        throw new UsageError(
          `${where}, column ${eq + 2}: "${value}" is not a number`,
          `e.g. ${typeof indicator.initial === 'number' ? indicator.initial : indicator.min}`,
        );
      if (v < indicator.min || v > indicator.max)
        throw new UsageError(`${where}: ${v} is outside ${indicator.min}..${indicator.max}`, `pick a value within the bounds of ${id}`);
      scenario = { ...scenario, indicators: { ...scenario.indicators, [id]: { ...indicator, initial: v } } };
      return;
    }
    if (root === 'params' && id && field === undefined) {
      const parameter = Object.hasOwn(scenario.parameters ?? {}, id) ? scenario.parameters?.[id] : undefined;
      if (!parameter) throw new UsageError(`${where}: unknown parameter "${id}"`, didYouMean(id, Object.keys(scenario.parameters ?? {}), 'parameter'));
      const v = Number(value);
      if (value.trim() === '' || !Number.isFinite(v)) throw new UsageError(`${where}, column ${eq + 2}: "${value}" is not a number`, 'e.g. 0.05');
      if (parameter.chance !== undefined && (v < 0 || v > 1)) throw new UsageError(`${where}: a chance lies in 0..1; ${v} is outside`, 'e.g. 0.05');
      scenario = {
        ...scenario,
        parameters: { ...scenario.parameters, [id]: parameter.chance === undefined ? { ...parameter, value: v } : { ...parameter, chance: v } },
      };
      rebindParameters(scenario, exprs);
      return;
    }
    throw new UsageError(`${where}: cannot set "${option.slice(0, eq)}"`, FORMS);
  });
  return { ...checked, scenario, exprs, fingerprint: sets.length === 0 ? checked.fingerprint : fingerprintOf(scenario) };
}

/** Compiles again every expression that reads a parameter, so it sees the parameters' new values. */
function rebindParameters(scenario: CheckedScenario['scenario'], exprs: Map<string, CompiledExpr>): void {
  const names = namesOf(scenario);
  const env = createCelEnvironment(names.indicators, [...names.actors.keys()], names.params?.keys());
  for (const [path, e] of exprs) {
    if (!e.runWith) continue;
    const result = checkOneExpression(e.text, e.kind, env, names);
    if (result.ok) exprs.set(path, reviseExpr(e, { ast: result.ast, run: result.run, runWith: result.runWith }));
  }
}
