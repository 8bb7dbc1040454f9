// Flattens an actor's nested states into a list with parents, depth first in file order.
import type { StateDef } from './scenarioSchema.js';

/** One state of an actor's statechart. */
export type FlatState = {
  readonly id: string;
  readonly parent: string | null;
  readonly def: StateDef;
  /** Document path from the actor, e.g. ['states', 'a', 'states', 'b']. */
  readonly path: readonly string[];
  readonly children: readonly string[];
};

/** All states of an actor, parents before children, in file order. */
export function flattenStates(states: Readonly<Record<string, StateDef>>): FlatState[] {
  const out: FlatState[] = [];
  const visit = (defs: Readonly<Record<string, StateDef>>, parent: string | null, path: readonly string[]) => {
    for (const [id, def] of Object.entries(defs)) {
      const here = [...path, 'states', id];
      out.push({ id, parent, def, path: here, children: Object.keys(def.states ?? {}) });
      if (def.states) visit(def.states, id, here);
    }
  };
  visit(states, null, []);
  return out;
}

/** The innermost state entered when `id` is entered (following `initial`, else the first child). */
export function resolveLeaf(byId: ReadonlyMap<string, FlatState>, id: string): string {
  let current = byId.get(id);
  while (current && current.children.length > 0) {
    current = byId.get(current.def.initial ?? (current.children[0] as string));
  }
  return current?.id ?? id;
}
