// The odds after every step of a run, as sparklines for the terminal or a Markdown table.
import type { OddsPoint } from '../analysis/oddsOverSteps.js';
import { sparkline } from './sparkline.js';

const pct = (p: number) => `${(p * 100).toFixed(0)}%`;

/** One sparkline per outcome, from the start to the last step, with the first and last values. */
export function formatOddsSparklines(points: readonly OddsPoint[], runs: number): string[] {
  const ids = Object.keys(points[0]?.outcomes ?? {});
  const w = Math.max(...ids.map((id) => id.length));
  const out = [`ODDS AFTER EVERY STEP (${runs.toLocaleString('en-US')} runs from each; start → last step)`];
  for (const id of ids) {
    const ps = points.map((pt) => pt.outcomes[id]?.p ?? 0);
    out.push(`  ${id.padEnd(w)}  ${pct(ps[0] ?? 0).padStart(4)} ${sparkline(ps)} ${pct(ps[ps.length - 1] ?? 0)}`);
  }
  return out;
}

/** A Markdown table: one row per step, one column per outcome, and a sparkline row. */
export function formatOddsMarkdown(points: readonly OddsPoint[], runs: number): string[] {
  const ids = Object.keys(points[0]?.outcomes ?? {});
  const out = ['## Odds after every step', '', `${runs} runs from each point; 95% intervals in brackets.`, ''];
  out.push(`| step | date | ${ids.join(' | ')} |`, `|---|---|${ids.map(() => '---|').join('')}`);
  for (const pt of points)
    out.push(
      `| ${pt.step} | ${pt.date} | ${ids
        .map((id) => {
          const o = pt.outcomes[id];
          return o ? `${pct(o.p)} (${pct(o.ci95[0])}–${pct(o.ci95[1])})` : '';
        })
        .join(' | ')} |`,
    );
  out.push(`| | trend | ${ids.map((id) => `\`${sparkline(points.map((pt) => pt.outcomes[id]?.p ?? 0))}\``).join(' | ')} |`);
  return out;
}
