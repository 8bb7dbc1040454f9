// Compares a world with what a script expects of it.
import { didYouMean } from '../core/suggest.js';
import type { Expectation } from '../scenario/scriptSchema.js';
import { outcomeStatus } from './createStepper.js';
import type { IR } from './ir.js';
import { dateOf, type World } from './world.js';

/** One expectation that did not hold. */
export type Mismatch = { readonly what: string; readonly expected: string; readonly actual: string; readonly hint?: string };

/** Every way `world` differs from `expect`; empty when all holds. */
export function checkExpectation(ir: IR, world: World, expect: Expectation): Mismatch[] {
  const out: Mismatch[] = [];
  if (expect.outcome !== undefined) {
    const actual = outcomeStatus(world);
    const known = [...ir.outcomes.map((o) => o.id), 'open', 'undecided'];
    if (!known.includes(expect.outcome))
      out.push({ what: 'outcome', expected: expect.outcome, actual, hint: `unknown outcome: ${didYouMean(expect.outcome, known, 'outcome')}` });
    else if (actual !== expect.outcome) out.push({ what: 'outcome', expected: expect.outcome, actual });
  }
  if (expect.date !== undefined && dateOf(ir, world) !== expect.date) out.push({ what: 'date', expected: expect.date, actual: dateOf(ir, world) });
  for (const [id, state] of Object.entries(expect.actors ?? {})) {
    const actor = ir.actors.find((a) => a.id === id);
    if (!actor) {
      out.push({
        what: `actors.${id}`,
        expected: state,
        actual: '(no such actor)',
        hint: didYouMean(
          id,
          ir.actors.map((a) => a.id),
          'actor',
        ),
      });
      continue;
    }
    const leaf = world.actors[id] as string;
    if (!actor.stateById.has(state))
      out.push({ what: `actors.${id}`, expected: state, actual: leaf, hint: `unknown state: ${didYouMean(state, [...actor.stateById.keys()], 'state')}` });
    else if (!actor.stateById.get(leaf)?.path.includes(state)) out.push({ what: `actors.${id}`, expected: state, actual: leaf });
  }
  for (const [id, range] of Object.entries(expect.indicators ?? {})) {
    const value = Object.hasOwn(world.indicators, id) ? world.indicators[id] : undefined;
    if (value === undefined) {
      out.push({
        what: `indicators.${id}`,
        expected: describe(range),
        actual: '(no such indicator)',
        hint: didYouMean(
          id,
          ir.indicators.map((i) => i.id),
          'indicator',
        ),
      });
      continue;
    }
    const [lo, hi] = typeof range === 'number' ? [range, range] : Array.isArray(range) ? range : [range.min ?? -Infinity, range.max ?? Infinity];
    if (value < lo || value > hi) out.push({ what: `indicators.${id}`, expected: describe(range), actual: String(round(value)) });
  }
  return out;
}

function describe(range: NonNullable<Expectation['indicators']>[string]): string {
  if (typeof range === 'number') return `= ${range}`;
  if (Array.isArray(range)) return `${range[0]}..${range[1]}`;
  return `${range.min ?? '-∞'}..${range.max ?? '∞'}`;
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
