// The exercise's injects, decisions and prompts grouped by month (from the clock's start), worked out once per exercise.
import { parseMonth } from '../core/month.js';
import type { Exercise } from '../scenario/exerciseSchema.js';

/** What the exercise schedules in each month, and its decisions by id. */
export type ExerciseCalendar = {
  readonly injects: ReadonlyMap<number, Exercise['injects']>;
  readonly decisions: ReadonlyMap<number, Exercise['decisions']>;
  readonly prompts: ReadonlyMap<number, Exercise['predictions']>;
  readonly decisionById: ReadonlyMap<string, { readonly decision: Exercise['decisions'][number]; readonly month: number }>;
};

const calendars = new WeakMap<Exercise, { readonly start: number; readonly calendar: ExerciseCalendar }>();

function byMonth<T extends { readonly at: string }>(items: readonly T[], start: number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const month = (parseMonth(item.at) ?? 0) - start;
    const list = out.get(month);
    if (list) list.push(item);
    else out.set(month, [item]);
  }
  return out;
}

/** The calendar of `exercise` on a clock starting at absolute month `start` (kept while the exercise lives). */
export function exerciseCalendar(exercise: Exercise, start: number): ExerciseCalendar {
  const known = calendars.get(exercise);
  if (known?.start === start) return known.calendar;
  const calendar: ExerciseCalendar = {
    injects: byMonth(exercise.injects, start),
    decisions: byMonth(exercise.decisions, start),
    prompts: byMonth(exercise.predictions, start),
    decisionById: new Map(),
  };
  const ids = calendar.decisionById as Map<string, { decision: Exercise['decisions'][number]; month: number }>;
  for (const d of exercise.decisions) if (!ids.has(d.id)) ids.set(d.id, { decision: d, month: (parseMonth(d.at) ?? 0) - start });
  calendars.set(exercise, { start, calendar });
  return calendar;
}
