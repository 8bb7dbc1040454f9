// Turns a batch aggregate into the report: probabilities with intervals, timing, bands, sequences, conditional statistics.
import { formatMonth } from '../core/month.js';
import type { Kernel } from '../engine/kernel/createKernel.js';
import { BAND_BINS, type BatchAggregate, type RunProblem } from './batchAggregate.js';
import type { Provenance } from './provenance.js';
import { wilson } from './wilson.js';

export type Probability = { count: number; p: number; ci95: [number, number] };

/** The batch report; its JSON form is a contract. */
export type BatchReport = {
  scenario: string;
  runs: number;
  seed: number;
  from: string;
  partial?: true;
  outcomes: Record<string, Probability>;
  undecided: { count: number; p: number };
  errors: { count: number; p: number };
  /** Per outcome, runs decided in each month (`YYYY-MM`). */
  decidedBy: Record<string, Record<string, number>>;
  /** Per indicator, percentiles 10/50/90 at each month start and at the end. */
  bands: Record<string, { date: string; p10: number; p50: number; p90: number }[]>;
  /** Per outcome, the commonest orders in which triggers first fired. */
  /** Per outcome, the commonest orders in which triggers first fired; `p` is the share of that outcome's runs, with its Wilson 95% interval. */
  sequences: Record<string, { sequence: string[]; count: number; p: number; ci95: [number, number] }[]>;
  /**
   * Per trigger, the runs in which it fired and P(outcome | it fired) ÷ P(outcome): an association, not an effect
   * (runs that end early have fewer months in which anything can fire). Effects come from interventions (`drivers`).
   */
  conditional: Record<
    string,
    {
      fired: number;
      firedP: number;
      firedCi95: [number, number];
      outcomes: Record<string, { count: number; p: number; ci95: [number, number]; lift: number | null }>;
    }
  >;
  neverReached: string[];
  problems: { invariant: number; error: number; examples: RunProblem[] };
  forcedSkipped: Record<string, number>;
  /** What was asked: scenario, seed, runs, what-ifs, version (added by the command that ran the batch). */
  provenance?: Provenance;
};

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Summarizes an aggregate; `forces` names the what-if triggers in order. */
export function summarizeBatch(kernel: Kernel, agg: BatchAggregate, meta: { seed: number; startMonth: number; forces: readonly string[] }): BatchReport {
  const { ir } = kernel;
  const ids = kernel.outcomeIds;
  const n = agg.runs;
  const ci = (count: number, of: number) => wilson(count, of).map((x) => round(x)) as [number, number];
  const prob = (count: number): Probability => ({ count, p: round(n ? count / n : 0), ci95: ci(count, n) });
  const dateOf = (point: number) => (ir.start + meta.startMonth + point > ir.start + ir.months ? 'end' : formatMonth(ir.start + meta.startMonth + point));
  const labelOf = (o: number) => (o < ids.length ? (ids[o] as string) : o === ids.length ? 'undecided' : 'error');
  const points = agg.bands.length / BAND_BINS / Math.max(1, ir.indicators.length);
  const bands: BatchReport['bands'] = {};
  ir.indicators.forEach((ind, i) => {
    const series = [];
    for (let pt = 0; pt < points; pt++) {
      const hist = agg.bands.slice((pt * ir.indicators.length + i) * BAND_BINS, (pt * ir.indicators.length + i + 1) * BAND_BINS);
      const q = (share: number) => {
        const target = share * n;
        let acc = 0;
        for (let b = 0; b < BAND_BINS; b++) {
          acc += hist[b] as number;
          if (acc >= target && acc > 0) return round(ind.min + (b * (ind.max - ind.min)) / BAND_BINS, 2);
        }
        return ind.max;
      };
      series.push({ date: pt === points - 1 ? 'end' : dateOf(pt), p10: q(0.1), p50: q(0.5), p90: q(0.9) });
    }
    bands[ind.id] = series;
  });
  const decidedBy: BatchReport['decidedBy'] = {};
  const sequences: BatchReport['sequences'] = {};
  agg.decidedBy.forEach((row, o) => {
    if ((agg.outcomeCounts[o] ?? 0) === 0) return;
    decidedBy[labelOf(o)] = Object.fromEntries(row.flatMap((c, m) => (c > 0 ? [[formatMonth(ir.start + meta.startMonth + m), c]] : [])));
    sequences[labelOf(o)] = Object.entries(agg.sequences[o] ?? {})
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 5)
      .map(([key, count]) => ({
        sequence: key === '' ? [] : key.split('>'),
        count,
        p: round(count / (agg.outcomeCounts[o] || 1)),
        ci95: ci(count, agg.outcomeCounts[o] ?? 0),
      }));
  });
  const conditional: BatchReport['conditional'] = {};
  kernel.triggerIds.forEach((t, ti) => {
    const row = agg.firedBy[ti] ?? [];
    const fired = row.reduce((a, b) => a + b, 0);
    const outcomes: BatchReport['conditional'][string]['outcomes'] = {};
    ids.forEach((o, oi) => {
      const base = n ? (agg.outcomeCounts[oi] ?? 0) / n : 0;
      const p = fired ? (row[oi] ?? 0) / fired : 0;
      outcomes[o] = { count: row[oi] ?? 0, p: round(p), ci95: ci(row[oi] ?? 0, fired), lift: fired && base > 0 ? round(p / base, 3) : null };
    });
    conditional[t] = { fired, firedP: round(n ? fired / n : 0), firedCi95: ci(fired, n), outcomes };
  });
  const undecided = agg.outcomeCounts[ids.length] ?? 0;
  const errors = agg.outcomeCounts[ids.length + 1] ?? 0;
  return {
    scenario: ir.id,
    runs: n,
    seed: meta.seed,
    from: formatMonth(ir.start + meta.startMonth),
    outcomes: Object.fromEntries(ids.map((o, i) => [o, prob(agg.outcomeCounts[i] ?? 0)])),
    undecided: { count: undecided, p: round(n ? undecided / n : 0) },
    errors: { count: errors, p: round(n ? errors / n : 0) },
    decidedBy,
    bands,
    sequences,
    conditional,
    neverReached: ids.filter((_, i) => (agg.outcomeCounts[i] ?? 0) === 0),
    problems: { ...agg.problemCount, examples: agg.problems },
    forcedSkipped: Object.fromEntries(meta.forces.map((f, i) => [f, agg.forcedSkipped[i] ?? 0])),
  };
}
