// IR → XState v5 machine: the JSON config plus guard and action implementations that record a trace.
import { produce } from 'immer';
import { assign, setup } from 'xstate';
import type { CompiledExpr } from '../scenario/checkExpressions.js';
import { computeEffects } from './computeEffects.js';
import { driftIndicators } from './driftIndicators.js';
import type { IR } from './ir.js';
import { machineConfig } from './machineConfig.js';
import type { EffectChange, GuardCheck } from './stepRecord.js';
import { activationOf, EvaluationFailure, evaluate, readValues, type World } from './world.js';

/** Collects what the machine checked and changed while handling one event. */
export type Trace = { guards: GuardCheck[]; effects: EffectChange[]; error: EvaluationFailure | null };

/** Every event the machine takes: a trigger id or `advance`, optionally with a trace to fill. */
export type StepEvent = { type: string; trace?: Trace };

/** A fresh, empty trace. */
export const newTrace = (): Trace => ({ guards: [], effects: [], error: null });

/** Builds the XState machine of a scenario. */
export function createScenarioMachine(ir: IR, context: World) {
  const trigger = (id: string) => {
    const t = ir.triggerById.get(id);
    if (!t) throw new Error(`internal: unknown trigger ${id}`);
    return t;
  };
  /** Evaluates a condition and records it; an evaluation failure is kept in the trace and reads as false. */
  const check = (event: StepEvent, role: string, expr: CompiledExpr, world: World): boolean => {
    const act = activationOf(ir, world);
    try {
      const passed = evaluate(expr, act) === true;
      event.trace?.guards.push({ role, expr: expr.text, at: expr.at, values: readValues(expr, act), passed });
      return passed;
    } catch (e) {
      if (!(e instanceof EvaluationFailure)) throw e;
      if (event.trace && !event.trace.error) event.trace.error = e;
      return false;
    }
  };
  const quietlyEnabled = (world: World, id: string): boolean => {
    const t = trigger(id);
    if (world.ended) return false;
    if (!t.when) return true;
    try {
      return evaluate(t.when, activationOf(ir, world)) === true;
    } catch {
      return false;
    }
  };
  return setup({
    types: { context: {} as World, events: {} as StepEvent },
    guards: {
      running: ({ context }) => !context.ended,
      ended: ({ context }) => context.ended,
      enabled: ({ context, event }, p: { trigger: string }) => {
        const t = trigger(p.trigger);
        if (context.ended) return false;
        return t.when ? check(event, 'precondition', t.when, context) : true;
      },
      transition: ({ context, event }, p: { trigger: string; actor: string; index: number }) => {
        if (!quietlyEnabled(context, p.trigger)) return false;
        const t = trigger(p.trigger);
        const guard = t.transitions[p.index]?.guard;
        if (!guard) return true;
        const after = t.effects.length === 0 ? context : { ...context, indicators: effectsOf(p.trigger, context, event) };
        return check(event, `transition ${p.actor}[${p.index}]`, guard, after);
      },
      outcome: ({ context, event }, p: { outcome: string }) => {
        const o = ir.outcomes.find((x) => x.id === p.outcome);
        if (!o || !(o.lock || context.ended)) return false;
        return check(event, `outcome ${o.id}`, o.rule, context);
      },
    },
    actions: {
      applyEffects: assign(({ context, event }, p: { trigger: string }) => {
        try {
          const { indicators, changes } = computeEffects(ir, trigger(p.trigger), context);
          if (event.trace) event.trace.effects = changes;
          return produce(context, (d) => {
            d.indicators = indicators;
          });
        } catch (e) {
          if (!(e instanceof EvaluationFailure)) throw e;
          if (event.trace && !event.trace.error) event.trace.error = e;
          return context;
        }
      }),
      tick: assign(({ context, event }) => {
        const { indicators, changes } = driftIndicators(ir, context.indicators);
        if (event.trace) event.trace.effects = changes;
        return produce(context, (d) => {
          if (changes.length > 0) d.indicators = indicators;
          if (d.month < ir.months) d.month += 1;
          else d.ended = true;
        });
      }),
      enter: assign(({ context }, p: { actor: string; state: string }) =>
        context.actors[p.actor] === p.state
          ? context
          : produce(context, (d) => {
              d.actors[p.actor] = p.state;
            }),
      ),
      decide: assign(({ context }, p: { outcome: string | null }) =>
        produce(context, (d) => {
          d.outcome = p.outcome;
          d.ended = true;
        }),
      ),
    },
  }).createMachine({ ...(machineConfig(ir) as object), context } as never);

  function effectsOf(id: string, world: World, event: StepEvent): Record<string, number> {
    try {
      return computeEffects(ir, trigger(id), world).indicators;
    } catch (e) {
      if (!(e instanceof EvaluationFailure)) throw e;
      if (event.trace && !event.trace.error) event.trace.error = e;
      return { ...world.indicators };
    }
  }
}

/** The machine type, for callers that hold one. */
export type ScenarioMachine = ReturnType<typeof createScenarioMachine>;
