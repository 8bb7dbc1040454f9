// The JSON contract of a scripted run, which other tools depend on.

import { outcomeStatus } from '../engine/createStepper.js';
import type { IR } from '../engine/ir.js';
import type { ExpectationResult } from '../engine/runScript.js';
import type { StepRecord } from '../engine/stepRecord.js';
import { dateOf, type World } from '../engine/world.js';
import { explainLines } from './explainLines.js';

/** One step in the run JSON. */
export type RunStepJson = {
  index: number;
  date: string;
  trigger: string;
  cause: StepRecord['cause'];
  transitions: { actor: string; from: string; to: string }[];
  indicators: Record<string, [number, number]>;
  explanation: string[];
  outcome: string;
  violations: string[];
};

/** The whole run JSON. */
export type RunJson = {
  scenario: string;
  seed: number;
  steps: RunStepJson[];
  final: { date: string; ended: boolean; actors: Record<string, string>; indicators: Record<string, number>; outcome: string | null; status: string };
  expectations: { where: string; step: number; ok: boolean; mismatches: { what: string; expected: string; actual: string }[] }[];
};

/** Builds the run JSON from the step records and the final world; explanations worded in `lang` (the JSON contract uses English). */
export function runReport(ir: IR, seed: number, records: readonly StepRecord[], final: World, checks: readonly ExpectationResult[] = [], lang = 'en'): RunJson {
  return {
    scenario: ir.id,
    seed,
    steps: records.map((r) => ({
      index: r.index,
      date: r.date,
      trigger: r.trigger,
      cause: r.cause,
      transitions: r.transitions.map((t) => ({ ...t })),
      indicators: Object.fromEntries(r.effects.map((e) => [e.indicator, [e.before, e.after]])),
      explanation: explainLines(ir, r, lang),
      outcome: r.outcome,
      violations: [...r.violations],
    })),
    final: {
      date: dateOf(ir, final),
      ended: final.ended,
      actors: { ...final.actors },
      indicators: { ...final.indicators },
      outcome: final.outcome,
      status: outcomeStatus(final),
    },
    expectations: checks.map((c) => ({
      where: c.where,
      step: c.step,
      ok: c.mismatches.length === 0,
      mismatches: c.mismatches.map(({ what, expected, actual }) => ({ what, expected, actual })),
    })),
  };
}
