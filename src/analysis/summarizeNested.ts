// Turns a nested batch into its report: per outcome the pooled P, its interval, the band across draws, and each parameter's share of the spread.
import { formatMonth } from '../core/month.js';
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { NestedAggregate } from './runNestedBatch.js';
import { varianceShare } from './varianceShare.js';

/** One outcome under parameter uncertainty. */
export type UncertainOutcome = {
  /** P pooled over every run, and its 95% interval (from the spread across draws, which also holds the run noise). */
  p: number;
  ci95: [number, number];
  /** The 10th, 50th and 90th percentiles of P across parameter draws. */
  band: { p10: number; p50: number; p90: number };
  /** Standard deviation of P across draws. */
  sd: number;
  /** The part of that spread's variance that the runs per draw alone would give (binomial noise). */
  noiseShare: number;
  /** Per parameter, its first-order share of the variance of P across draws, with a jackknife standard error. */
  shares: Record<string, { share: number; se: number }>;
};

/** The report of `batch --uncertainty`; its JSON form is a contract. */
export type UncertaintyReport = {
  format: 'statecraft-uncertainty';
  version: 1;
  scenario: string;
  seed: number;
  from: string;
  draws: number;
  perDraw: number;
  runs: number;
  partial?: true;
  parameters: { id: string; dist: string; params: [number, number]; central: number; low: number; high: number }[];
  outcomes: Record<string, UncertainOutcome>;
  undecided: UncertainOutcome;
};

const round = (x: number, digits = 4) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);

/** The `q` quantile of sorted values (linear interpolation). */
export function quantileSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

/** Summarizes the draws of one outcome index. */
function summarizeOutcome(kernel: Kernel, nested: NestedAggregate, perDraw: number, o: number): UncertainOutcome {
  const ps = nested.draws.map((d) => (d.outcomeCounts[o] ?? 0) / perDraw);
  const k = ps.length;
  const mean = ps.reduce((a, b) => a + b, 0) / Math.max(1, k);
  const variance = k > 1 ? ps.reduce((a, b) => a + (b - mean) ** 2, 0) / (k - 1) : 0;
  const sd = Math.sqrt(variance);
  const half = k > 1 ? (1.96 * sd) / Math.sqrt(k) : Number.NaN;
  const noise = ps.reduce((a, p) => a + p * (1 - p), 0) / Math.max(1, k) / Math.max(1, perDraw - 1);
  const sorted = [...ps].sort((a, b) => a - b);
  const shares: UncertainOutcome['shares'] = {};
  kernel.ir.parameters.forEach((param, i) => {
    const s = varianceShare(
      nested.draws.map((d) => d.values[i] as number),
      ps,
    );
    shares[param.id] = { share: round(s.share, 3), se: round(s.se, 3) };
  });
  return {
    p: round(mean),
    ci95: [round(Math.max(0, mean - half)), round(Math.min(1, mean + half))],
    band: { p10: round(quantileSorted(sorted, 0.1)), p50: round(quantileSorted(sorted, 0.5)), p90: round(quantileSorted(sorted, 0.9)) },
    sd: round(sd),
    noiseShare: round(variance > 0 ? Math.min(1, noise / variance) : 1, 3),
    shares,
  };
}

/** The report of a nested batch. */
export function summarizeNested(kernel: Kernel, nested: NestedAggregate, meta: { seed: number; perDraw: number; startMonth: number }): UncertaintyReport {
  const { ir } = kernel;
  return {
    format: 'statecraft-uncertainty',
    version: 1,
    scenario: ir.id,
    seed: meta.seed,
    from: formatMonth(ir.start + meta.startMonth),
    draws: nested.draws.length,
    perDraw: meta.perDraw,
    runs: nested.draws.length * meta.perDraw,
    parameters: ir.parameters.map((p) => {
      const d = p.distribution;
      return {
        id: p.id,
        dist: d.dist,
        params: [round(d.params[0], 6), round(d.params[1], 6)],
        central: round(d.central, 6),
        low: round(d.low, 6),
        high: round(d.high, 6),
      };
    }),
    outcomes: Object.fromEntries(kernel.outcomeIds.map((id, o) => [id, summarizeOutcome(kernel, nested, meta.perDraw, o)])),
    undecided: summarizeOutcome(kernel, nested, meta.perDraw, kernel.outcomeIds.length),
  };
}
