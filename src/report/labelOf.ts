// The label of a scenario element in a language, with its id when the scenario gives none.
import type { IR } from '../engine/ir.js';
import type { Scenario, Text } from '../scenario/scenarioSchema.js';
import { textOf } from './textOf.js';

/** The kinds of scenario element that carry a label. */
export type LabelKind = 'actor' | 'indicator' | 'trigger' | 'outcome';

const LABELS: Record<LabelKind, (s: Scenario, id: string) => Text | undefined> = {
  actor: (s, id) => s.actors[id]?.label,
  indicator: (s, id) => s.indicators[id]?.label,
  trigger: (s, id) => s.triggers[id]?.label,
  outcome: (s, id) => (id === 'undecided' ? s.undecided : s.outcomes[id]?.label),
};

/** The label of actor, indicator, trigger or outcome `id` in `lang` (else English); the id itself when it has none. `undecided` is an outcome. */
export function labelOf(ir: IR, kind: LabelKind, id: string, lang = 'en'): string {
  return textOf(LABELS[kind](ir.scenario, id), lang, id);
}
