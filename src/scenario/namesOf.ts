// The names expressions may use: indicator ids, each actor's states and innermost states, and parameters with their central values.
import type { Names } from './checkExpressions.js';
import { centralParameters } from './checkParameters.js';
import { flattenStates } from './flattenStates.js';
import type { Scenario } from './scenarioSchema.js';

/** Collects the names of a scenario for expression checks. */
export function namesOf(s: Scenario): Names {
  const actors = new Map<string, { all: string[]; leaves: string[]; leavesUnder: Map<string, string[]> }>();
  for (const [aid, actor] of Object.entries(s.actors)) {
    const flat = flattenStates(actor.states);
    const leaves = flat.filter((f) => f.children.length === 0);
    const parentOf = new Map(flat.map((f) => [f.id, f.parent]));
    const leavesUnder = new Map<string, string[]>();
    for (const leaf of leaves) {
      for (let p = leaf.parent; p !== null; p = parentOf.get(p) ?? null) leavesUnder.set(p, [...(leavesUnder.get(p) ?? []), leaf.id]);
    }
    actors.set(aid, { all: flat.map((f) => f.id), leaves: leaves.map((f) => f.id), leavesUnder });
  }
  return { indicators: Object.keys(s.indicators), actors, params: centralParameters(s) };
}
