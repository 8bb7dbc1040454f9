// Odds over time for a batch: P(outcome decided by the end of month m), for every month, with Wilson intervals.
import type { BatchReport } from './summarizeBatch.js';
import { wilson } from './wilson.js';

/** Per month (`YYYY-MM`), per outcome, the share of runs decided as that outcome by then. */
export type CumulativeIncidence = { date: string; outcomes: Record<string, { count: number; p: number; ci95: [number, number] }> }[];

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Cumulative incidence from a batch report's decided-in counts: every month from the batch start to the clock's end. */
export function cumulativeIncidence(r: BatchReport, months: readonly string[]): CumulativeIncidence {
  const ids = Object.keys(r.outcomes);
  const acc = Object.fromEntries(ids.map((id) => [id, 0]));
  return months.map((date) => {
    for (const id of ids) acc[id] = (acc[id] as number) + (r.decidedBy[id]?.[date] ?? 0);
    return {
      date,
      outcomes: Object.fromEntries(
        ids.map((id) => {
          const count = acc[id] as number;
          return [id, { count, p: round(r.runs ? count / r.runs : 0), ci95: wilson(count, r.runs).map(round) as [number, number] }];
        }),
      ),
    };
  });
}
