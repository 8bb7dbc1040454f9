// The paired comparison of two variants on common random numbers: P(A), P(B), B − A with its paired interval.
import type { PairedOutcome } from '../analysis/pairedDifference.js';
import type { Provenance } from '../analysis/provenance.js';
import { csvRows } from './csvCell.js';
import { escapeMarkdown as escapeMd } from './debrief/escapeMarkdown.js';
import { provenanceLines, provenanceRows } from './provenance.js';

/** What `statecraft compare` reports. */
export type CompareReport = {
  title: string;
  runs: number;
  seed: number;
  a: Provenance;
  b: Provenance;
  outcomes: Record<string, PairedOutcome & { independentCi95: readonly [number, number] }>;
};

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;
const pts = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;
const r4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** The comparison as JSON, text, Markdown or CSV. */
export function formatCompare(r: CompareReport, format: string): string {
  if (format === 'json') return `${JSON.stringify(r, null, 2)}\n`;
  const entries = Object.entries(r.outcomes);
  if (format === 'csv') {
    const rows: (string | number)[][] = [['section', 'subject', 'key', 'value']];
    rows.push(...provenanceRows(r.a).map((row) => ['a', ...row.slice(1)]), ...provenanceRows(r.b).map((row) => ['b', ...row.slice(1)]));
    for (const [id, o] of entries)
      rows.push(
        ['outcome', id, 'p_a', r4(o.pA)],
        ['outcome', id, 'p_b', r4(o.pB)],
        ['outcome', id, 'delta', r4(o.delta)],
        ['outcome', id, 'delta_ci95_low', r4(o.ci95[0])],
        ['outcome', id, 'delta_ci95_high', r4(o.ci95[1])],
        ['outcome', id, 'excludes_zero', o.excludesZero ? 1 : 0],
      );
    return csvRows(rows);
  }
  const note = `${r.runs.toLocaleString('en-US')} runs each, seed ${r.seed}, on the same random streams: B − A with a paired 95% interval.`;
  if (format === 'md') {
    const out = [`# ${escapeMd(r.title)}`, '', '**A**', '', ...provenanceLines(r.a).map((l) => `- ${escapeMd(l)}`), '', '**B**', ''];
    out.push(
      ...provenanceLines(r.b).map((l) => `- ${escapeMd(l)}`),
      '',
      note,
      '',
      '| outcome | P(A) | P(B) | B − A (points) | 95% interval | |',
      '|---|---|---|---|---|---|',
    );
    for (const [id, o] of entries)
      out.push(
        `| ${id} | ${pct(o.pA)} | ${pct(o.pB)} | ${pts(o.delta)} | ${pts(o.ci95[0])} to ${pts(o.ci95[1])} | ${o.excludesZero ? 'differs' : 'within noise'} |`,
      );
    return `${out.join('\n')}\n`;
  }
  const out = [r.title, '  A:', ...provenanceLines(r.a).map((l) => `    ${l}`), '  B:', ...provenanceLines(r.b).map((l) => `    ${l}`), '', note, ''];
  const w = Math.max(7, ...entries.map(([id]) => id.length));
  out.push(`  ${'outcome'.padEnd(w)}  ${'P(A)'.padStart(6)}  ${'P(B)'.padStart(6)}  ${'B − A'.padStart(6)}  95% interval (points)`);
  for (const [id, o] of entries)
    out.push(
      `  ${id.padEnd(w)}  ${pct(o.pA).padStart(6)}  ${pct(o.pB).padStart(6)}  ${pts(o.delta).padStart(6)}  ${`${pts(o.ci95[0])} to ${pts(o.ci95[1])}`.padEnd(16)}  ${o.excludesZero ? 'differs' : 'within noise (contains 0)'}`,
    );
  return `${out.join('\n')}\n`;
}
