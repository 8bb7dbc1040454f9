// One user action (fire, advance a month, or a rolled month) applied to a world, step by step.

import { produce } from 'immer';
import { suggestion, userError, userErrorWith } from '../i18n/userError.js';
import type { Stepper } from './createStepper.js';
import type { IR, TriggerIR } from './ir.js';
import { drawUniform, type RngState } from './rng.js';
import type { GuardCheck, StepRecord } from './stepRecord.js';
import { activationOf, dateOf, EvaluationFailure, evaluate, evaluationError, readValues, type World } from './world.js';

/** What a person (or the dice) did; a history node holds one. */
export type Action =
  | { readonly kind: 'fire'; readonly trigger: string }
  | { readonly kind: 'advance' }
  | { readonly kind: 'roll'; readonly fired: readonly string[] }
  /** A facilitator sets an indicator by hand, with a reason (teaching exercises). */
  | { readonly kind: 'override'; readonly indicator: string; readonly value: number; readonly reason: string };

/** Applies an action; step indexes start at `firstIndex`. */
export function applyAction(stepper: Stepper, world: World, action: Action, firstIndex: number): { world: World; records: StepRecord[] } {
  const records: StepRecord[] = [];
  let w = world;
  const run = (event: string, cause: StepRecord['cause']) => {
    const r = stepper.step(w, event, cause, firstIndex + records.length);
    records.push(r.record);
    w = r.world;
  };
  if (action.kind === 'fire') {
    run(action.trigger, 'fired');
    return { world: w, records };
  }
  if (action.kind === 'override') return overrideIndicator(stepper, w, action, firstIndex);
  if (action.kind === 'roll') for (const id of action.fired) if (!w.ended) run(id, 'rolled');
  const skipped: GuardCheck[] = [];
  for (const id of stepper.ir.schedule.get(w.month) ?? []) {
    if (w.ended) break;
    const check = preconditionCheck(stepper.ir, stepper.ir.triggerById.get(id) as TriggerIR, w);
    if (check && !check.passed) skipped.push({ ...check, role: `scheduled ${id}` });
    else run(id, 'scheduled');
  }
  if (!w.ended) {
    run('advance', 'clock');
    const last = records[records.length - 1] as StepRecord;
    records[records.length - 1] = { ...last, skipped };
  }
  return { world: w, records };
}

/** Sets an indicator (clamped to its bounds) outside the machine, and explains it like any step. */
function overrideIndicator(
  stepper: Stepper,
  world: World,
  action: Extract<Action, { kind: 'override' }>,
  index: number,
): { world: World; records: StepRecord[] } {
  const bounds = stepper.ir.indicators.find((i) => i.id === action.indicator);
  if (!bounds)
    throw userErrorWith(
      'err.unknownIndicator',
      suggestion(
        action.indicator,
        stepper.ir.indicators.map((i) => i.id),
        'noun.indicators',
      ),
      { indicator: action.indicator },
    );
  if (world.ended) throw userError('err.endedOverride');
  const before = world.indicators[action.indicator] as number;
  const after = Math.min(bounds.max, Math.max(bounds.min, action.value));
  const next = produce(world, (d) => {
    d.indicators[action.indicator] = after;
  });
  const record: StepRecord = {
    index,
    date: dateOf(stepper.ir, world),
    trigger: `override:${action.indicator}`,
    cause: 'override',
    guards: [],
    effects: [
      { indicator: action.indicator, op: 'set', expr: `${action.value} (${action.reason})`, before, after, raw: action.value, clamped: after !== action.value },
    ],
    transitions: [],
    outcome: world.outcome ?? 'open',
    decided: false,
    violations: stepper.violations(next),
    skipped: [],
  };
  return { world: next, records: [record] };
}

/** The precondition of a trigger in a world, or null when it has none. */
export function preconditionCheck(ir: IR, t: TriggerIR, world: World): GuardCheck | null {
  if (!t.when) return null;
  const act = activationOf(ir, world);
  const passed = evaluateOrThrow(t.when, act) === true;
  return { role: 'precondition', expr: t.when.text, at: t.when.at, values: readValues(t.when, act), passed };
}

/** Rolls a month: exogenous triggers fire with their chance, each actor (but those in `played`) makes at most one move. */
export function rollMonth(stepper: Stepper, world: World, rng: RngState, played?: ReadonlySet<string>): { action: Action; rng: RngState } {
  const { ir } = stepper;
  const fired: string[] = [];
  let w = world;
  let state = rng;
  const enabled = (t: TriggerIR) => !w.ended && (preconditionCheck(ir, t, w)?.passed ?? true);
  const chanceOf = (t: TriggerIR) => (t.chance ? Math.min(1, Math.max(0, Number(evaluateOrThrow(t.chance, activationOf(ir, w))))) : 0);
  const fire = (t: TriggerIR) => {
    fired.push(t.id);
    w = stepper.step(w, t.id, 'rolled', 0).world;
  };
  for (const t of ir.triggers) {
    if (t.kind !== 'exogenous' || !enabled(t)) continue;
    const draw = drawUniform(state);
    state = draw.state;
    if (draw.value < chanceOf(t)) fire(t);
  }
  for (const actor of ir.actors) {
    if (played?.has(actor.id)) continue;
    const moves = ir.triggers.filter((t) => t.kind === 'move' && t.actor === actor.id && enabled(t));
    if (moves.length === 0) continue;
    const chances = moves.map(chanceOf);
    const total = chances.reduce((a, b) => a + b, 0);
    const draw = drawUniform(state);
    state = draw.state;
    const u = draw.value * Math.max(1, total);
    let acc = 0;
    const pick = moves.findIndex((_, i) => {
      acc += chances[i] as number;
      return u < acc;
    });
    if (pick >= 0) fire(moves[pick] as TriggerIR);
  }
  return { action: { kind: 'roll', fired }, rng: state };
}

function evaluateOrThrow(expr: Parameters<typeof evaluate>[0], act: Parameters<typeof evaluate>[1]) {
  try {
    return evaluate(expr, act);
  } catch (e) {
    if (e instanceof EvaluationFailure) throw evaluationError(e);
    throw e;
  }
}
