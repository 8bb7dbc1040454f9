// Text → checked exercise: shape, then every reference against its scenario, each problem positioned.
import { type Diagnostic, ScenarioError } from '../core/errors.js';
import { parseMonth } from '../core/month.js';
import { didYouMean } from '../core/suggest.js';
import { checkShape } from './checkShape.js';
import { diagnose } from './diagnose.js';
import { type Exercise, exerciseSchema } from './exerciseSchema.js';
import { parseSource, type Source } from './parseSource.js';
import type { Scenario } from './scenarioSchema.js';

/** Parses the exercise and its shape; references are checked by `checkExerciseReferences` once the scenario is known. */
export function readExerciseShape(file: string, text: string): { exercise: Exercise; source: Source } {
  const { source, value } = parseSource(file, text);
  return { exercise: checkShape(source, exerciseSchema, value), source };
}

/** Checks every reference of the exercise against the scenario; throws a ScenarioError listing every problem. */
export function checkExerciseReferences(exercise: Exercise, source: Source, scenario: Scenario): void {
  const out: Diagnostic[] = [];
  const err = (path: PropertyKey[], code: string, message: string, hint: string) => out.push(diagnose(source, path, code, message, hint));
  const actors = Object.keys(scenario.actors);
  const triggers = Object.keys(scenario.triggers);
  const roles = Object.keys(exercise.roles);
  const sources = Object.keys(scenario.sources ?? {});
  const start = parseMonth(scenario.clock.start) ?? 0;
  const end = parseMonth(scenario.clock.end) ?? 0;
  const checkDate = (path: PropertyKey[], at: string) => {
    const m = parseMonth(at) ?? 0;
    if (m < start || m > end)
      err(path, 'date-range', `${at} is outside the scenario's clock (${scenario.clock.start} to ${scenario.clock.end})`, 'pick a month within the clock');
  };
  const owner = new Map<string, string>();
  for (const [rid, role] of Object.entries(exercise.roles)) {
    role.actors.forEach((a, i) => {
      if (!actors.includes(a)) err(['roles', rid, 'actors', i], 'unknown-reference', `unknown actor "${a}"`, didYouMean(a, actors, 'actor'));
      else if (owner.has(a))
        err(['roles', rid, 'actors', i], 'duplicate-id', `actor "${a}" already belongs to role "${owner.get(a)}"`, 'give each actor to one role');
      else owner.set(a, rid);
    });
  }
  const ids = new Map<string, string>();
  const unique = (path: PropertyKey[], id: string, what: string) => {
    if (ids.has(id)) err(path, 'duplicate-id', `id "${id}" is used twice (also by ${ids.get(id)})`, 'give each inject, prediction and decision its own id');
    ids.set(id, what);
  };
  exercise.injects.forEach((inj, i) => {
    const path = ['injects', i];
    unique([...path, 'id'], inj.id, `inject ${i + 1}`);
    checkDate([...path, 'at'], inj.at);
    if (inj.fire !== undefined && !triggers.includes(inj.fire))
      err([...path, 'fire'], 'unknown-reference', `unknown trigger "${inj.fire}"`, didYouMean(inj.fire, triggers, 'trigger'));
    inj.sources?.forEach((s, j) => {
      if (!sources.includes(s))
        err([...path, 'sources', j], 'unknown-reference', `unknown source "${s}" (sources come from the scenario)`, didYouMean(s, sources, 'source'));
    });
    if (inj.question && !roles.includes(inj.question.role))
      err([...path, 'question', 'role'], 'unknown-reference', `unknown role "${inj.question.role}"`, didYouMean(inj.question.role, roles, 'role'));
  });
  exercise.predictions.forEach((p, i) => {
    unique(['predictions', i, 'id'], p.id, `prediction ${i + 1}`);
    checkDate(['predictions', i, 'at'], p.at);
  });
  exercise.decisions.forEach((d, i) => {
    const path = ['decisions', i];
    unique([...path, 'id'], d.id, `decision ${i + 1}`);
    checkDate([...path, 'at'], d.at);
    const role = Object.hasOwn(exercise.roles, d.role) ? exercise.roles[d.role] : undefined;
    if (!role) {
      err([...path, 'role'], 'unknown-reference', `unknown role "${d.role}"`, didYouMean(d.role, roles, 'role'));
      return;
    }
    const legal = triggers.filter((t) => scenario.triggers[t]?.kind === 'move' && role.actors.includes(scenario.triggers[t]?.actor ?? ''));
    d.options.forEach((o, j) => {
      if (o === 'pass') return;
      if (!triggers.includes(o)) err([...path, 'options', j], 'unknown-reference', `unknown trigger "${o}"`, didYouMean(o, [...legal, 'pass'], 'move'));
      else if (!legal.includes(o))
        err([...path, 'options', j], 'not-owned', `"${o}" is not a move of role "${d.role}"`, `the role's moves: ${legal.join(', ') || '(none)'}, or pass`);
    });
  });
  if (out.length > 0) throw new ScenarioError(out.sort((a, b) => a.line - b.line || a.column - b.column));
}
