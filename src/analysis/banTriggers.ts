// Interventions on a compiled scenario: triggers banned so they never fire, keeping the random draws of every run aligned.
import type { IR, TriggerIR } from '../engine/ir.js';
import type { CompiledExpr } from '../scenario/checkExpressions.js';
import { checkOneExpression } from '../scenario/checkExpressions.js';
import { createCelEnvironment } from '../scenario/createCelEnvironment.js';
import { namesOf } from '../scenario/namesOf.js';
import { readsOf } from '../scenario/walkCel.js';

/**
 * The IR with each trigger in `ids` banned. A trigger with a chance gets chance 0, so its monthly draw is still
 * made and every other draw of the run stays where it was (common random numbers); a scheduled trigger gets a
 * precondition that never holds.
 */
export function banTriggers(ir: IR, ids: readonly string[]): IR {
  if (ids.length === 0) return ir;
  const names = namesOf(ir.scenario);
  const env = createCelEnvironment(names.indicators, [...names.actors.keys()]);
  const constant = (text: string, kind: 'bool' | 'chance', path: string): CompiledExpr => {
    const result = checkOneExpression(text, kind, env, names);
    if (!result.ok) throw new Error(`banTriggers: ${result.problems[0]?.message}`);
    return { text, path, at: `(banned)`, kind, reads: readsOf(result.ast), ast: result.ast, run: result.run };
  };
  for (const id of ids) if (!ir.triggerById.has(id)) throw new Error(`banTriggers: unknown trigger "${id}"`);
  const triggers = ir.triggers.map((t): TriggerIR => {
    if (!ids.includes(t.id)) return t;
    if (t.kind === 'scheduled') return { ...t, when: constant('false', 'bool', `triggers.${t.id}.when`) };
    return { ...t, chance: constant('0.0', 'chance', `triggers.${t.id}.chance`) };
  });
  return { ...ir, triggers, triggerById: new Map(triggers.map((t) => [t.id, t])) };
}
