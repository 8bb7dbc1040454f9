// Steps a world through the XState machine with the pure `transition` function, recording why.
import { type AnyActorScope, createActor, createMachine, type SnapshotFrom, type StateValue } from 'xstate';
import { createScenarioMachine, newTrace, type ScenarioMachine } from './createScenarioMachine.js';
import type { IR } from './ir.js';
import { CLOCK_REGION, OUTCOME_REGION } from './machineConfig.js';
import type { StepRecord } from './stepRecord.js';
import { activationOf, dateOf, evaluate, evaluationError, initialWorld, type World } from './world.js';

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

/** An event no state of the machine handles. */
const SETTLE = 'statecraft.settle';

/**
 * What xstate's pure `transition()` builds on every call (an inert actor of the machine, whose creation enters every
 * state: O(regions²), 0.5 s with 200 actors), built once around an empty machine: every action of a scenario machine
 * is an `assign`, so the scope only needs a system to report to.
 */
function inertScope(): AnyActorScope {
  const self = createActor(createMachine({}));
  return {
    self,
    defer: () => {},
    id: '',
    logger: () => {},
    sessionId: '',
    stopChild: () => {},
    system: self.system,
    emit: () => {},
    actionExecutor: () => {},
  } as unknown as AnyActorScope;
}

/** Creates the stepper of a compiled scenario. */
export function createStepper(ir: IR): Stepper {
  const machine = createScenarioMachine(ir, initialWorld(ir));
  const scope = inertScope();
  // The start, resolved from the initial world rather than entered state by state (entering is O(regions²) in xstate:
  // 87 s with 1,000 actors); an event no state handles then runs the eventless transitions (outcomes that lock at once).
  const start = initialWorld(ir);
  const resolved = machine.resolveState({ value: stateValueOf(ir, start), context: start });
  const first = machine.transition(resolved, { type: SETTLE, trace: newTrace() }, scope);
  // The snapshot each world came from, so a step does not resolve the whole configuration again (invisible: same result).
  const snapshots = new WeakMap<World, SnapshotFrom<ScenarioMachine>>([[first.context, first]]);
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
      // A world from elsewhere (a session file replayed through the kernel) is resolved once, then remembered.
      let snapshot = snapshots.get(world);
      if (!snapshot) {
        snapshot = machine.resolveState({ value: stateValueOf(ir, world), context: world });
        snapshots.set(world, snapshot);
      }
      const trace = newTrace();
      const next = machine.transition(snapshot, { type: event, trace }, scope);
      snapshots.set(next.context, next);
      if (trace.error) throw evaluationError(trace.error);
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
