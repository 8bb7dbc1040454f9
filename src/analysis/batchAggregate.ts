// What a batch keeps while it runs: counts and histograms only, so memory stays constant and shards merge exactly.

/** Histogram bins per indicator and month for the percentile bands. */
export const BAND_BINS = 200;
/** How many distinct triggers (in order of first firing) make up a run's sequence key. */
export const SEQUENCE_LENGTH = 4;
/** How many reproducible examples of problems are kept. */
export const MAX_EXAMPLES = 5;

/** A problem found in a run, with what is needed to reproduce it. */
export type RunProblem = { readonly run: number; readonly kind: 'invariant' | 'error'; readonly detail: string; readonly steps: string };

/** Mergeable batch state. Outcome index `outcomes.length` means undecided, `outcomes.length + 1` a run stopped by an error. */
export type BatchAggregate = {
  runs: number;
  outcomeCounts: number[];
  /** [outcome][month index since the batch start] */
  decidedBy: number[][];
  /** [point][indicator][bin], flattened; a point is a month start, plus one final point. */
  bands: number[];
  /** Runs in which each trigger fired at least once, by outcome: [trigger][outcome]. */
  firedBy: number[][];
  /** Per outcome, sequence key → runs. */
  sequences: Record<string, number>[];
  problemCount: { invariant: number; error: number };
  /** The problems of the lowest run numbers, so any sharding keeps the same ones. */
  problems: RunProblem[];
  forcedSkipped: number[];
};

/** An empty aggregate for a scenario of this shape. */
export function emptyAggregate(outcomes: number, triggers: number, indicators: number, points: number, forces: number): BatchAggregate {
  return {
    runs: 0,
    outcomeCounts: new Array(outcomes + 2).fill(0),
    decidedBy: Array.from({ length: outcomes + 2 }, () => new Array(points).fill(0)),
    bands: new Array(points * indicators * BAND_BINS).fill(0),
    firedBy: Array.from({ length: triggers }, () => new Array(outcomes + 2).fill(0)),
    sequences: Array.from({ length: outcomes + 2 }, () => ({})),
    problemCount: { invariant: 0, error: 0 },
    problems: [],
    forcedSkipped: new Array(forces).fill(0),
  };
}

/** Adds `b` into `a`; the result does not depend on the order of merging. */
export function mergeAggregates(a: BatchAggregate, b: BatchAggregate): BatchAggregate {
  const add = (x: number[], y: number[]) => x.map((v, i) => v + (y[i] ?? 0));
  return {
    runs: a.runs + b.runs,
    outcomeCounts: add(a.outcomeCounts, b.outcomeCounts),
    decidedBy: a.decidedBy.map((row, i) => add(row, b.decidedBy[i] ?? [])),
    bands: add(a.bands, b.bands),
    firedBy: a.firedBy.map((row, i) => add(row, b.firedBy[i] ?? [])),
    sequences: a.sequences.map((m, i) => {
      const out = { ...m };
      for (const [k, v] of Object.entries(b.sequences[i] ?? {})) out[k] = (out[k] ?? 0) + v;
      return out;
    }),
    problemCount: { invariant: a.problemCount.invariant + b.problemCount.invariant, error: a.problemCount.error + b.problemCount.error },
    problems: [...a.problems, ...b.problems].sort((x, y) => x.run - y.run || x.kind.localeCompare(y.kind)).slice(0, MAX_EXAMPLES),
    forcedSkipped: add(a.forcedSkipped, b.forcedSkipped),
  };
}
