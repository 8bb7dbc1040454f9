// The month's end: indicators with a `drift` move part of the way back toward their baseline.
import type { IR } from './ir.js';
import type { EffectChange } from './stepRecord.js';

/**
 * The indicators after one month's drift, and the changes made. Each drifting value becomes
 * `v + rate × (toward − v)`, clamped to its bounds; the kernel uses the same formula.
 */
export function driftIndicators(ir: IR, indicators: Readonly<Record<string, number>>): { indicators: Record<string, number>; changes: EffectChange[] } {
  const next = { ...indicators };
  const changes: EffectChange[] = [];
  for (const ind of ir.indicators) {
    if (!ind.drift) continue;
    const before = indicators[ind.id] as number;
    const raw = before + ind.drift.rate * (ind.drift.toward - before);
    const after = Math.min(ind.max, Math.max(ind.min, raw));
    if (after === before) continue;
    next[ind.id] = after;
    changes.push({ indicator: ind.id, op: 'drift', expr: `${ind.drift.rate} toward ${ind.drift.toward}`, before, after, raw, clamped: after !== raw });
  }
  return { indicators: next, changes };
}
