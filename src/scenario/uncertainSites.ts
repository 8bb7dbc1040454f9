// Lists every value written as a range, with where it sits and the bounds its draws are clamped to.
import type { Bounds } from './fitDistribution.js';
import type { Scenario } from './scenarioSchema.js';
import { isUncertain, type Uncertain } from './uncertainSchema.js';

/** One uncertain value of a scenario. */
export type UncertainSite = {
  readonly path: readonly string[];
  readonly kind: 'chance' | 'initial' | 'add' | 'mul' | 'parameter';
  /** The trigger (chance, add, mul), indicator (initial) or parameter name it belongs to. */
  readonly owner: string;
  /** The indicator an effect or initial value applies to. */
  readonly indicator: string | null;
  readonly value: Uncertain;
  readonly bounds: Bounds;
};

/** Where a parameter's draws may lie: a chance in 0..1, a number anywhere. */
export const parameterBounds = (isChance: boolean): Bounds =>
  isChance ? { min: 0, max: 1, isChance: true } : { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY, isChance: false };

/** Every range in the scenario: indicators' initial values, then triggers' chances and effects, then parameters, each in file order. */
export function uncertainSites(s: Scenario): UncertainSite[] {
  const out: UncertainSite[] = [];
  for (const [id, ind] of Object.entries(s.indicators)) {
    if (isUncertain(ind.initial))
      out.push({
        path: ['indicators', id, 'initial'],
        kind: 'initial',
        owner: id,
        indicator: id,
        value: ind.initial,
        bounds: { min: ind.min, max: ind.max, isChance: false },
      });
  }
  for (const [tid, t] of Object.entries(s.triggers)) {
    if (isUncertain(t.chance))
      out.push({ path: ['triggers', tid, 'chance'], kind: 'chance', owner: tid, indicator: null, value: t.chance, bounds: { min: 0, max: 1, isChance: true } });
    for (const [iid, effect] of Object.entries(t.effects ?? {})) {
      const [op, value] = Object.entries(effect)[0] as [string, unknown];
      if ((op !== 'add' && op !== 'mul') || !isUncertain(value)) continue;
      const ind = s.indicators[iid];
      const span = ind ? ind.max - ind.min : Number.POSITIVE_INFINITY;
      const bounds = op === 'add' ? { min: -span, max: span, isChance: false } : { min: 0, max: Number.POSITIVE_INFINITY, isChance: false };
      out.push({ path: ['triggers', tid, 'effects', iid, op], kind: op, owner: tid, indicator: iid, value, bounds });
    }
  }
  for (const [name, p] of Object.entries(s.parameters ?? {})) {
    const value = p.chance ?? p.value;
    if (isUncertain(value))
      out.push({
        path: ['parameters', name, p.chance === undefined ? 'value' : 'chance'],
        kind: 'parameter',
        owner: name,
        indicator: null,
        value,
        bounds: parameterBounds(p.chance !== undefined),
      });
  }
  return out;
}
