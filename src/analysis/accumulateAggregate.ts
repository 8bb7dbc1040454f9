// Adds one batch aggregate into another in place: the same result as mergeAggregates, without copying the running total.
import { type BatchAggregate, MAX_EXAMPLES } from './batchAggregate.js';

const addInto = (x: number[], y: readonly number[]): void => {
  for (let i = 0; i < x.length; i++) x[i] = (x[i] as number) + (y[i] ?? 0);
};

/** Adds `part` into `total` (mutated) and returns it; many small parts cost no more than one large batch. */
export function accumulateAggregate(total: BatchAggregate, part: BatchAggregate): BatchAggregate {
  total.runs += part.runs;
  addInto(total.outcomeCounts, part.outcomeCounts);
  total.decidedBy.forEach((row, i) => {
    addInto(row, part.decidedBy[i] ?? []);
  });
  addInto(total.bands, part.bands);
  total.firedBy.forEach((row, i) => {
    addInto(row, part.firedBy[i] ?? []);
  });
  total.sequences.forEach((m, i) => {
    for (const [k, v] of Object.entries(part.sequences[i] ?? {})) m[k] = (m[k] ?? 0) + v;
  });
  total.problemCount.invariant += part.problemCount.invariant;
  total.problemCount.error += part.problemCount.error;
  if (part.problems.length > 0)
    total.problems = [...total.problems, ...part.problems].sort((x, y) => x.run - y.run || x.kind.localeCompare(y.kind)).slice(0, MAX_EXAMPLES);
  addInto(total.forcedSkipped, part.forcedSkipped);
  return total;
}
