// Tornado charts: per outcome, the assumptions ranked by the swing in its probability from low to high, with intervals.
import type { GuardThreshold } from '../analysis/guardThresholds.js';
import type { Provenance } from '../analysis/provenance.js';
import { csvCell } from './csvCell.js';
import { provenanceColumns, provenanceLines } from './provenance.js';

/** One assumption's odds at its low and high value, and the paired swing high − low per outcome. */
export type SensitivityRow = {
  readonly parameter: string;
  readonly base: string;
  readonly low: string;
  readonly high: string;
  readonly lowOdds: Readonly<Record<string, number>>;
  readonly highOdds: Readonly<Record<string, number>>;
  /** P(high) − P(low) on the same runs, with its paired 95% interval; `noise` when the interval contains 0. */
  readonly swing: Readonly<Record<string, { readonly delta: number; readonly ci95: readonly [number, number]; readonly noise: boolean }>>;
  /** Guard thresholds the ±range crosses: the swing there is a step, not a slope. */
  readonly crosses: readonly GuardThreshold[];
};

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;
const pts = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;

/** The rows ranked for one outcome: largest |swing| first, ties by name. */
export function rankRows(rows: readonly SensitivityRow[], outcome: string): SensitivityRow[] {
  const size = (r: SensitivityRow) => Math.abs(r.swing[outcome]?.delta ?? 0);
  return [...rows].sort((a, b) => size(b) - size(a) || a.parameter.localeCompare(b.parameter));
}

/** A tornado chart per outcome, `top` rows each, with the swing's interval, noise marks and guard crossings. */
export function formatTornado(
  provenance: Provenance,
  share: number,
  baseline: Readonly<Record<string, number>>,
  rows: readonly SensitivityRow[],
  top: number,
  swing = `±${Math.round(share * 100)}%`,
): string {
  const out = [
    `Sensitivity of ${provenance.scenario.id}: each assumption at ${swing}, ${provenance.runs.toLocaleString('en-US')} runs per variant (the same random streams)`,
    ...provenanceLines(provenance).map((l) => `  ${l}`),
    'swing = P(high) − P(low) in points, with a paired 95% interval; "· noise" marks swings whose interval contains 0',
    '',
  ];
  const half = 20;
  const nameWidth = Math.max(...rows.map((r) => r.parameter.length));
  for (const [outcome, base] of Object.entries(baseline)) {
    const ranked = rankRows(rows, outcome).slice(0, top);
    const maxSwing = Math.max(0.001, ...ranked.flatMap((r) => [Math.abs((r.lowOdds[outcome] ?? 0) - base), Math.abs((r.highOdds[outcome] ?? 0) - base)]));
    out.push(`${outcome}: baseline ${pct(base)}   (▓ low value, █ high value; left lowers, right raises the odds)`);
    for (const r of ranked) {
      const cells: string[] = Array.from({ length: half * 2 + 1 }, (_, i) => (i === half ? '│' : ' '));
      const paint = (p: number, ch: string) => {
        const n = Math.round(((p - base) / maxSwing) * half);
        for (let i = 1; i <= Math.abs(n); i++) cells[half + Math.sign(n) * i] = ch;
      };
      const lo = r.lowOdds[outcome] ?? 0;
      const hi = r.highOdds[outcome] ?? 0;
      const order: [number, string][] =
        Math.abs(lo - base) >= Math.abs(hi - base)
          ? [
              [lo, '▓'],
              [hi, '█'],
            ]
          : [
              [hi, '█'],
              [lo, '▓'],
            ];
      for (const [p, ch] of order) paint(p, ch);
      const s = r.swing[outcome];
      const swing = s ? `swing ${pts(s.delta)} (${pts(s.ci95[0])} to ${pts(s.ci95[1])})${s.noise ? ' · noise' : ''}` : '';
      const step = r.crosses.length > 0 ? ' · crosses a guard (below)' : '';
      out.push(`  ${r.parameter.padEnd(nameWidth)} ${cells.join('')} ${pct(lo).padStart(6)} → ${pct(hi).padStart(6)}  ${swing}${step}`);
    }
    out.push('');
  }
  const stepped = rows.filter((r) => r.crosses.length > 0);
  if (stepped.length > 0) {
    out.push('STEPS, NOT SLOPES: these ranges cross a guard threshold of the scenario');
    for (const r of stepped)
      for (const g of r.crosses) out.push(`  ${r.parameter} ${r.low} → ${r.high} crosses ${g.threshold} in ${g.path} (${g.text}, ${g.at})`);
    out.push('');
  }
  return `${out.join('\n')}`;
}

/** One row per assumption and outcome. */
export function sensitivityCsv(provenance: Provenance, baseline: Readonly<Record<string, number>>, rows: readonly SensitivityRow[]): string {
  const prov = provenanceColumns(provenance);
  const lines = [`parameter,base,low,high,outcome,baseline_p,low_p,high_p,swing,swing_ci95_low,swing_ci95_high,noise,crosses_guards,${prov.header}`];
  const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
  for (const r of rows) {
    for (const [o, b] of Object.entries(baseline)) {
      const s = r.swing[o];
      lines.push(
        [
          r.parameter,
          csvCell(r.base),
          r.low,
          r.high,
          o,
          b,
          r.lowOdds[o] ?? 0,
          r.highOdds[o] ?? 0,
          r4(s?.delta ?? 0),
          r4(s?.ci95[0] ?? 0),
          r4(s?.ci95[1] ?? 0),
          s?.noise ? 1 : 0,
          csvCell(r.crosses.map((g) => `${g.path}: ${g.text}`).join('; ')),
          prov.cells,
        ].join(','),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
