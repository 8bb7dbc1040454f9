// Odds over time for a batch: a month-by-month table of P(decided by then) and a sparkline per outcome.
import type { CumulativeIncidence } from '../analysis/cumulativeIncidence.js';
import { sparkline } from './sparkline.js';

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;

/** The table and chart for a terminal. */
export function formatCumulativeText(c: CumulativeIncidence): string {
  const ids = Object.keys(c[0]?.outcomes ?? {});
  const cols = ids.map((id) => Math.max(id.length, 20) + 2);
  const out = [
    '',
    'ODDS OVER TIME: P(outcome decided by the end of the month), 95% interval',
    `  ${'MONTH'.padEnd(9)}${ids.map((id, i) => id.padStart(cols[i] as number)).join('')}`,
  ];
  for (const row of c)
    out.push(
      `  ${row.date.padEnd(9)}${ids
        .map((id, i) => {
          const o = row.outcomes[id];
          return (o ? `${pct(o.p)} (${pct(o.ci95[0])}–${pct(o.ci95[1])})` : '').padStart(cols[i] as number);
        })
        .join('')}`,
    );
  const w = Math.max(...ids.map((id) => id.length));
  out.push('', `  by month, ${c[0]?.date} → ${c[c.length - 1]?.date}, on a 0–100% scale:`);
  for (const id of ids) out.push(`  ${id.padEnd(w)}  ${sparkline(c.map((row) => row.outcomes[id]?.p ?? 0))} ${pct(c[c.length - 1]?.outcomes[id]?.p ?? 0)}`);
  return `${out.join('\n')}\n`;
}

/** The table as Markdown. */
export function formatCumulativeMarkdown(c: CumulativeIncidence): string {
  const ids = Object.keys(c[0]?.outcomes ?? {});
  const out = [
    '',
    '## Odds over time',
    '',
    'P(outcome decided by the end of the month), with 95% intervals.',
    '',
    `| month | ${ids.join(' | ')} |`,
    `|---|${ids.map(() => '---|').join('')}`,
  ];
  for (const row of c)
    out.push(
      `| ${row.date} | ${ids
        .map((id) => {
          const o = row.outcomes[id];
          return o ? `${pct(o.p)} (${pct(o.ci95[0])}–${pct(o.ci95[1])})` : '';
        })
        .join(' | ')} |`,
    );
  return `${out.join('\n')}\n`;
}

/** Rows for the batch CSV: section `decided_by`, outcome, month, P. */
export function formatCumulativeCsv(c: CumulativeIncidence): string {
  return `${c.flatMap((row) => Object.entries(row.outcomes).map(([id, o]) => `decided_by,${id},${row.date},${o.p}`)).join('\n')}\n`;
}
