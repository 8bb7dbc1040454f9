// A long session that stays open, for the benches that need many steps of history on the revised scenario.
import type { Stepper } from '../src/engine/createStepper.js';
import { available, fire, type Session, startSession } from '../src/engine/session.js';

/**
 * A session of `steps` fired triggers that never ends the scenario: at each step the enabled triggers are tried in
 * turn, starting one further along each time, and the first whose firing leaves the scenario open is taken.
 */
export function longSession(stepper: Stepper, steps: number): Session {
  let s = startSession(stepper, 1);
  for (let i = 0; s.cursor.steps < steps; i++) {
    const enabled = available(s).filter((t) => t.enabled);
    let next: Session | null = null;
    for (let k = 0; k < enabled.length && !next; k++) {
      const tried = fire(s, (enabled[(i + k) % enabled.length] as { id: string }).id);
      if (!tried.cursor.world.ended) next = tried;
    }
    if (!next) throw new Error(`bench: no trigger keeps the scenario open after ${s.cursor.steps} steps`);
    s = next;
  }
  return s;
}

/** The triggers fired by `longSession(stepper, steps)`, in order: a plan that can be replayed with `fire` alone. */
export function longPlan(stepper: Stepper, steps: number): string[] {
  const plan: string[] = [];
  for (let n: Session['cursor'] | null = longSession(stepper, steps).cursor; n?.action; n = n.parent) {
    if (n.action.kind === 'fire') plan.unshift(n.action.trigger);
  }
  return plan;
}
