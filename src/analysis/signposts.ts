// Signposts: for each observable event by each month, how much more likely it is under each outcome, and how much watching it tells.
import { formatMonth } from '../core/month.js';
import type { Kernel } from '../engine/kernel/createKernel.js';
import { observeRuns } from './observeRuns.js';
import type { BatchSpec } from './runBatch.js';
import { type SignpostEvent, signpostEvents } from './signpostEvents.js';

/** The fewest runs on each side (seen and not seen; the outcome and not) for a ratio to be given. */
export const MIN_RUNS = 30;

/** A likelihood ratio P(seen | outcome) ÷ P(seen | not outcome) with its 95% interval (log method). */
export type Ratio = { lr: number; ci95: [number, number] };

/** One signpost at one month. */
export type SignpostRow = {
  signpost: string;
  kind: SignpostEvent['kind'];
  /** Share of runs in which it was seen by then. */
  seen: number;
  /** Expected fall in outcome entropy from watching it, in bits (mutual information, Miller–Madow corrected). */
  value: number;
  /** Per outcome the ratio, or null where too few runs back it. */
  outcomes: Record<string, Ratio | null>;
};

/** The signposts report; its JSON form is a contract. */
export type SignpostsReport = {
  format: 'statecraft-signposts';
  version: 1;
  scenario: string;
  runs: number;
  seed: number;
  /** Outcome entropy before anything is watched, in bits. */
  entropy: number;
  minRuns: number;
  /** Per month, the most telling signposts seen by its end, best first; events that settle an outcome are left out. */
  months: { date: string; best: SignpostRow[] }[];
};

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
const h = (counts: readonly number[], n: number) => counts.reduce((acc, c) => (c > 0 ? acc - (c / n) * Math.log2(c / n) : acc), 0);

/** The ratio for one outcome from the 2×2 table (Haldane's +0.5 when a cell is empty), or null below MIN_RUNS. */
export function likelihoodRatio(a: number, b: number, c: number, d: number): Ratio | null {
  if (a + c < MIN_RUNS || b + d < MIN_RUNS || a + b < MIN_RUNS || c + d < MIN_RUNS) return null;
  const [x, y, z, w] = a === 0 || b === 0 || c === 0 || d === 0 ? [a + 0.5, b + 0.5, c + 0.5, d + 0.5] : [a, b, c, d];
  const lr = x / (x + z) / (y / (y + w));
  const se = Math.sqrt(1 / x - 1 / (x + z) + 1 / y - 1 / (y + w));
  return { lr: round(lr, 3), ci95: [round(lr * Math.exp(-1.96 * se), 3), round(lr * Math.exp(1.96 * se), 3)] };
}

/** Runs `runs` runs and ranks the signposts of each month; `top` per month. */
export function signposts(kernel: Kernel, spec: BatchSpec, runs: number, top: number): SignpostsReport {
  const tally = tallySignposts(kernel, spec);
  tally.observe(0, runs);
  return tally.rank(top);
}

/** Counts of when each event was first seen, by outcome, over the runs observed so far; in parts, so a caller can report progress and stop. */
export function tallySignposts(kernel: Kernel, spec: BatchSpec) {
  const { events, mark, NEVER } = signpostEvents(kernel);
  const months = kernel.ir.months + 1;
  const nO = kernel.outcomeIds.length + 2;
  const E = events.length;
  // firstBy[(e * months + m) * nO + o]: runs with outcome o in which e was first seen in month m.
  const firstBy = new Int32Array(E * months * nO);
  const outcomeCounts = new Array(nO).fill(0);
  const first = new Uint16Array(E);
  let runs = 0;
  return {
    /** Plays runs `from`..`to` (run i seeded by (seed, i)); observe consecutive ranges from 0. */
    observe(from: number, to: number): void {
      observeRuns(kernel, spec, from, to, {
        begin: () => first.fill(NEVER),
        see: (k, month, fired) => mark(first, k, month, fired),
        end: (o) => {
          outcomeCounts[o]++;
          for (let e = 0; e < E; e++) if (first[e] !== NEVER) (firstBy[(e * months + (first[e] as number)) * nO + o] as number)++;
        },
      });
      runs += to - from;
    },
    /** The report of the runs observed so far, `top` signposts per month. */
    rank: (top: number) => rankSignposts(kernel, spec, { events, firstBy, outcomeCounts, runs }, top),
  };
}

/** Ranks every event at every month by the information it gives, from the tallied counts. */
function rankSignposts(
  kernel: Kernel,
  spec: BatchSpec,
  t: { events: readonly SignpostEvent[]; firstBy: Int32Array; outcomeCounts: number[]; runs: number },
  top: number,
): SignpostsReport {
  const { events, firstBy, outcomeCounts, runs } = t;
  const count = (o: number) => outcomeCounts[o] ?? 0;
  const months = kernel.ir.months + 1;
  const nO = kernel.outcomeIds.length + 2;
  const E = events.length;
  const shown = Array.from({ length: nO }, (_, o) => o).filter((o) => o < kernel.outcomeIds.length || count(o) > 0);
  const labels = [...kernel.outcomeIds, 'undecided', 'error'];
  const entropy = h(outcomeCounts, runs);
  const bias = (shown.filter((o) => count(o) > 0).length - 1) / (2 * runs * Math.LN2);
  const seenBy = new Array(nO).fill(0);
  const out: SignpostsReport['months'] = [];
  const rows: SignpostRow[][] = Array.from({ length: months }, () => []);
  for (let e = 0; e < E; e++) {
    seenBy.fill(0);
    for (let m = 0; m < months; m++) {
      for (let o = 0; o < nO; o++) seenBy[o] += firstBy[(e * months + m) * nO + o] as number;
      const seen = seenBy.reduce((x, y) => x + y, 0);
      if (seen < MIN_RUNS || runs - seen < MIN_RUNS) continue;
      if (shown.some((o) => seenBy[o] === seen)) continue; // it settles an outcome: not a signpost
      const unseen = outcomeCounts.map((c, o) => c - seenBy[o]);
      const mi = entropy - (seen / runs) * h(seenBy, seen) - ((runs - seen) / runs) * h(unseen, runs - seen);
      const ratios = Object.fromEntries(
        shown.map((o) => [labels[o] as string, likelihoodRatio(seenBy[o], seen - seenBy[o], count(o) - seenBy[o], runs - seen - (count(o) - seenBy[o]))]),
      );
      (rows[m] as SignpostRow[]).push({
        signpost: (events[e] as SignpostEvent).text,
        kind: (events[e] as SignpostEvent).kind,
        seen: round(seen / runs),
        value: round(Math.max(0, mi - bias)),
        outcomes: ratios,
      });
    }
  }
  rows.forEach((list, m) => {
    const best = list.sort((x, y) => y.value - x.value || x.signpost.localeCompare(y.signpost)).slice(0, top);
    if (m >= (spec.start?.month ?? 0)) out.push({ date: formatMonth(kernel.ir.start + m), best });
  });
  return { format: 'statecraft-signposts', version: 1, scenario: kernel.ir.id, runs, seed: spec.seed, entropy: round(entropy), minRuns: MIN_RUNS, months: out };
}
