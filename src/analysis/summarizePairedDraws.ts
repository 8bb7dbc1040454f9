// Turns the paired draws of a comparison under uncertainty into its report: per outcome ΔP pooled, its interval, its band and how often its sign holds.
import type { Provenance } from './provenance.js';
import type { PairedDraw } from './runPairedDraws.js';
import { quantileSorted } from './summarizeNested.js';
import { varianceShare } from './varianceShare.js';

/** One outcome compared under parameter uncertainty. */
export type UncertainDifference = {
  /** P(A) and P(B) pooled over every run. */
  pA: number;
  pB: number;
  /** P(B) − P(A) pooled over every run, with a 95% interval from its spread across draws (which holds the run noise too). */
  delta: number;
  ci95: [number, number];
  /** The 10th, 50th and 90th percentiles of ΔP across parameter draws. */
  band: { p10: number; p50: number; p90: number };
  /** The share of draws whose ΔP has the sign of the pooled ΔP (0 when the pooled ΔP is 0). */
  sameSign: number;
  /** The part of the variance of ΔP across draws that the paired runs of one draw alone would give. */
  noiseShare: number;
  /** Per parameter, its first-order share of the variance of ΔP across draws, with a jackknife standard error. */
  shares: Record<string, { share: number; se: number }>;
};

/** The report of `compare --uncertainty`; its JSON form is a contract. */
export type UncertainCompareReport = {
  format: 'statecraft-compare-uncertainty';
  version: 1;
  title: string;
  seed: number;
  draws: number;
  perDraw: number;
  runs: number;
  partial?: true;
  a: Provenance;
  b: Provenance;
  /** The ranged parameters: drawn alike in A and B, or declared in one of them only. */
  parameters: { shared: string[]; onlyA: string[]; onlyB: string[] };
  outcomes: Record<string, UncertainDifference>;
};

const round = (x: number, digits = 4) => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : x);
const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

/** Summarizes outcome `o` over the draws (N runs each). */
export function summarizeDifference(draws: readonly PairedDraw[], perDraw: number, o: number, parameters: readonly string[] = []): UncertainDifference {
  const k = draws.length;
  const deltas = draws.map((d) => ((d.countsB[o] ?? 0) - (d.countsA[o] ?? 0)) / perDraw);
  const delta = mean(deltas);
  const variance = k > 1 ? deltas.reduce((s, x) => s + (x - delta) ** 2, 0) / (k - 1) : 0;
  const half = k > 1 ? (1.96 * Math.sqrt(variance)) / Math.sqrt(k) : Number.NaN;
  // The paired variance of one draw's ΔP: (pa + pb − d²) / N, with pa, pb the shares of runs where only A, only B ended there.
  const noise = mean(
    draws.map((d) => {
      const pa = (d.onlyA[o] ?? 0) / perDraw;
      const pb = (d.onlyB[o] ?? 0) / perDraw;
      return Math.max(0, pa + pb - (pb - pa) ** 2) / Math.max(1, perDraw - 1);
    }),
  );
  const sorted = [...deltas].sort((x, y) => x - y);
  const sign = Math.sign(round(delta, 6));
  return {
    pA: round(mean(draws.map((d) => (d.countsA[o] ?? 0) / perDraw))),
    pB: round(mean(draws.map((d) => (d.countsB[o] ?? 0) / perDraw))),
    delta: round(delta),
    ci95: [round(Math.max(-1, delta - half)), round(Math.min(1, delta + half))],
    band: { p10: round(quantileSorted(sorted, 0.1)), p50: round(quantileSorted(sorted, 0.5)), p90: round(quantileSorted(sorted, 0.9)) },
    sameSign: sign === 0 ? 0 : round(deltas.filter((x) => Math.sign(x) === sign).length / Math.max(1, k), 3),
    noiseShare: round(variance > 0 ? Math.min(1, noise / variance) : 1, 3),
    shares: Object.fromEntries(
      parameters.map((id, i) => {
        const s = varianceShare(
          draws.map((d) => d.u[i] as number),
          deltas,
        );
        return [id, { share: round(s.share, 3), se: round(s.se, 3) }];
      }),
    ),
  };
}

/** The report of a comparison under uncertainty, from every draw in order. */
export function summarizePairedDraws(
  draws: readonly PairedDraw[],
  meta: {
    title: string;
    seed: number;
    perDraw: number;
    a: Provenance;
    b: Provenance;
    outcomeIds: readonly string[];
    parametersA: readonly string[];
    parametersB: readonly string[];
  },
): UncertainCompareReport {
  return {
    format: 'statecraft-compare-uncertainty',
    version: 1,
    title: meta.title,
    seed: meta.seed,
    draws: draws.length,
    perDraw: meta.perDraw,
    runs: draws.length * meta.perDraw,
    a: meta.a,
    b: meta.b,
    parameters: {
      shared: meta.parametersA.filter((id) => meta.parametersB.includes(id)),
      onlyA: meta.parametersA.filter((id) => !meta.parametersB.includes(id)),
      onlyB: meta.parametersB.filter((id) => !meta.parametersA.includes(id)),
    },
    outcomes: Object.fromEntries(meta.outcomeIds.map((id, o) => [id, summarizeDifference(draws, meta.perDraw, o, parameterOrder(meta))])),
  };
}

/** The parameters in the order of a draw's quantiles: A's, then those only B declares. */
function parameterOrder(meta: { parametersA: readonly string[]; parametersB: readonly string[] }): string[] {
  return [...meta.parametersA, ...meta.parametersB.filter((id) => !meta.parametersA.includes(id))];
}
