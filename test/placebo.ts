// A copy of the shipped scenario with a placebo: a trigger that has a chance but no effects and no transitions.
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

/** The shipped scenario's text with the trigger `placebo` (exogenous, 5% a month, does nothing) added. */
export function withPlacebo(): string {
  const doc = parse(readFileSync('scenarios/iraq-coalition.yaml', 'utf8'));
  doc.triggers.placebo = { kind: 'exogenous', label: 'Placebo: nothing happens', chance: 0.05 };
  return stringify(doc);
}
