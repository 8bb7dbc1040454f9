// Steps a world through the XState machine with the pure `transition` function, recording why.
import { initialTransition, type StateValue, transition } from 'xstate';
import { UserError } from '../core/errors.js';
import { createScenarioMachine, newTrace, type ScenarioMachine } from './createScenarioMachine.js';
import type { IR } from './ir.js';
import { CLOCK_REGION, OUTCOME_REGION } from './machineConfig.js';
import type { StepRecord } from './stepRecord.js';
import { activationOf, dateOf, evaluate, initialWorld, type World } from './world.js';

/** Steps worlds of one scenario. Pure: the same world and event always give the same result. */
export type Stepper = {
  readonly ir: IR;
  readonly machine: ScenarioMachine;
  /** The world at the start, after any outcome that locks in immediately. */
  readonly initial: World;
  /** Applies one event (a trigger id or `advance`) and explains it. */
  step(world: World, event: string, cause: StepRecord['cause'], index: number): { world: World; record: StepRecord };
  /** Ids of invariants that do not hold in this world. */
  violations(world: World): string[];
};

/** The outcome status of a world: `open`, an outcome id, or `undecided`. */
export function outcomeStatus(world: World): string {
  return world.outcome ?? (world.ended ? 'undecided' : 'open');
}

/** The XState state value of a world. */
export function stateValueOf(ir: IR, world: World): StateValue {
  const value: Record<string, StateValue> = { [CLOCK_REGION]: 'running', [OUTCOME_REGION]: outcomeStatus(world) };
  for (const actor of ir.actors) {
    const path = actor.stateById.get(world.actors[actor.id] as string)?.path ?? [];
    let v: StateValue = path[path.length - 1] as string;
    for (let i = path.length - 2; i >= 0; i--) v = { [path[i] as string]: v };
    value[actor.id] = v;
  }
  return value;
}

/** Creates the stepper of a compiled scenario. */
export function createStepper(ir: IR): Stepper {
  const machine = createScenarioMachine(ir, initialWorld(ir));
  const [first] = initialTransition(machine);
  const violations = (world: World): string[] => {
    const act = activationOf(ir, world);
    return ir.invariants
      .filter((inv) => {
        try {
          return evaluate(inv.expr, act) !== true;
        } catch {
          return true;
        }
      })
      .map((inv) => inv.id);
  };
  return {
    ir,
    machine,
    initial: first.context,
    violations,
    step(world, event, cause, index) {
      const snapshot = machine.resolveState({ value: stateValueOf(ir, world), context: world });
      const trace = newTrace();
      const [next] = transition(machine, snapshot, { type: event, trace });
      if (trace.error) throw new UserError(trace.error.message, 'fix the expression so it gives a valid value for every state');
      const after = next.context;
      const transitions = ir.actors
        .filter((a) => world.actors[a.id] !== after.actors[a.id])
        .map((a) => ({ actor: a.id, from: world.actors[a.id] as string, to: after.actors[a.id] as string }));
      const record: StepRecord = {
        index,
        date: dateOf(ir, world),
        trigger: event,
        cause,
        guards: trace.guards,
        effects: trace.effects,
        transitions,
        outcome: outcomeStatus(after),
        decided: !world.ended && after.ended,
        violations: violations(after),
        skipped: [],
      };
      return { world: after, record };
    },
  };
}
