// Applies a trigger's indicator effects: every effect reads the world from before the trigger.

import type { IR, TriggerIR } from './ir.js';
import type { EffectChange } from './stepRecord.js';
import { activationOf, EvaluationFailure, evaluate, type World } from './world.js';

/** The indicators after the trigger's effects, clamped to their bounds, and the changes made. */
export function computeEffects(ir: IR, trigger: TriggerIR, world: World): { indicators: Record<string, number>; changes: EffectChange[] } {
  const indicators = { ...world.indicators };
  const changes: EffectChange[] = [];
  if (trigger.effects.length === 0) return { indicators, changes };
  const act = activationOf(ir, world);
  for (const effect of trigger.effects) {
    const value = evaluate(effect.expr, act);
    if (typeof value !== 'number') throw new EvaluationFailure(effect.expr, { id: 'eval.effectNumber', params: {} });
    const before = world.indicators[effect.indicator] as number;
    const raw = effect.op === 'add' ? before + value : effect.op === 'mul' ? before * value : value;
    const bounds = ir.indicators.find((i) => i.id === effect.indicator);
    const after = bounds ? Math.min(bounds.max, Math.max(bounds.min, raw)) : raw;
    indicators[effect.indicator] = after;
    changes.push({ indicator: effect.indicator, op: effect.op, expr: effect.expr.text, before, after, raw, clamped: after !== raw });
  }
  return { indicators, changes };
}
