// An IR whose uncertain parameters read from slots: one kernel serves every draw of a nested batch, set between draws.
import type { CompiledExpr } from '../scenario/checkExpressions.js';
import type { EffectIR, IndicatorIR, IR, TriggerIR } from './ir.js';

/** An expression that reads slot `index`, at the place the range was written. */
function slotExpr(base: CompiledExpr, slots: Float64Array, index: number): CompiledExpr {
  return { ...base, text: `parameter ${index}`, reads: [], ast: { op: 'slot', args: { slots, index }, pos: 0, start: 0, end: 0 }, run: () => slots[index] };
}

/** The IR with parameter i (in the order of `ir.parameters`) read from `slots[i]`; `slots` starts at the central values. */
export function withParameterSlots(ir: IR): { ir: IR; slots: Float64Array } {
  const slots = Float64Array.from(ir.parameters, (p) => p.distribution.central);
  if (ir.parameters.length === 0) return { ir, slots };
  const index = new Map(ir.parameters.map((p, i) => [p.id, i]));
  const triggers: TriggerIR[] = ir.triggers.map((t) => {
    const chance = index.get(`triggers.${t.id}.chance`);
    const effects: EffectIR[] = t.effects.map((e) => {
      const i = index.get(`triggers.${t.id}.effects.${e.indicator}.${e.op}`);
      return i === undefined ? e : { ...e, expr: slotExpr(e.expr, slots, i) };
    });
    return { ...t, chance: chance === undefined || !t.chance ? t.chance : slotExpr(t.chance, slots, chance), effects };
  });
  const indicators: IndicatorIR[] = ir.indicators.map((ind) => {
    const i = index.get(`indicators.${ind.id}.initial`);
    if (i === undefined) return ind;
    return {
      id: ind.id,
      min: ind.min,
      max: ind.max,
      drift: ind.drift,
      get initial() {
        return slots[i] as number;
      },
    };
  });
  return { ir: { ...ir, indicators, triggers, triggerById: new Map(triggers.map((t) => [t.id, t])) }, slots };
}
