// A batch report as CSV (tidy rows for notebooks) or Markdown.
import type { BatchReport } from '../analysis/summarizeBatch.js';
import { csvRows } from './csvCell.js';
import { escapeMarkdown as md } from './debrief/escapeMarkdown.js';
import { percentInterval } from './percentInterval.js';
import { provenanceLines, provenanceRows } from './provenance.js';

/** One row per figure: section, subject, key, value. */
export function formatBatchCsv(r: BatchReport): string {
  const rows: (string | number)[][] = [['section', 'subject', 'key', 'value']];
  rows.push(['meta', r.scenario, 'runs', r.runs], ['meta', r.scenario, 'seed', r.seed], ['meta', r.scenario, 'partial', r.partial ? 1 : 0]);
  if (r.provenance) rows.push(...provenanceRows(r.provenance));
  for (const [id, o] of Object.entries(r.outcomes))
    rows.push(['outcome', id, 'count', o.count], ['outcome', id, 'p', o.p], ['outcome', id, 'ci95_low', o.ci95[0]], ['outcome', id, 'ci95_high', o.ci95[1]]);
  rows.push(['outcome', 'undecided', 'count', r.undecided.count], ['outcome', 'undecided', 'p', r.undecided.p]);
  for (const [id, months] of Object.entries(r.decidedBy)) for (const [m, c] of Object.entries(months)) rows.push(['decided', id, m, c]);
  for (const [id, series] of Object.entries(r.bands))
    for (const pt of series) rows.push(['band_p10', id, pt.date, pt.p10], ['band_p50', id, pt.date, pt.p50], ['band_p90', id, pt.date, pt.p90]);
  for (const [t, a] of Object.entries(r.conditional)) {
    rows.push(['fired', t, 'runs', a.fired], ['fired', t, 'p', a.firedP], ['fired', t, 'ci95_low', a.firedCi95[0]], ['fired', t, 'ci95_high', a.firedCi95[1]]);
    for (const [o, x] of Object.entries(a.outcomes))
      rows.push(
        ['p_outcome_given_fired', t, o, x.p],
        ['p_outcome_given_fired_ci95_low', t, o, x.ci95[0]],
        ['p_outcome_given_fired_ci95_high', t, o, x.ci95[1]],
        ['ratio_to_p_outcome', t, o, x.lift ?? ''],
      );
  }
  // A merged shard's text is not trusted: csvRows keeps it text.
  return csvRows(rows);
}

/** A conditional cell: the share with its interval, and the ratio to P(outcome). */
const cell = (x: BatchReport['conditional'][string]['outcomes'][string] | undefined) => (x ? `${percentInterval(x.p, x.ci95)} ×${x.lift ?? '–'}` : '–');

/** Markdown tables for reports. */
export function formatBatchMarkdown(r: BatchReport, scope?: string): string {
  const pct = (p: number) => `${(p * 100).toFixed(1)}%`;
  const out = [`# Monte Carlo: ${md(r.scenario)}`, ''];
  if (r.provenance) out.push(...provenanceLines(r.provenance).map((l) => `- ${md(l)}`), '');
  out.push(`${r.runs} runs from ${r.from}, seed ${r.seed}${r.partial ? ' (**partial**: stopped early)' : ''}.`, '');
  out.push('| outcome | p | 95% interval | runs |', '|---|---|---|---|');
  for (const [id, o] of Object.entries(r.outcomes)) out.push(`| ${md(id)} | ${pct(o.p)} | ${pct(o.ci95[0])} – ${pct(o.ci95[1])} | ${o.count} |`);
  if (r.undecided.count > 0) out.push(`| undecided | ${pct(r.undecided.p)} | | ${r.undecided.count} |`);
  if (scope) out.push('', md(scope));
  const ids = Object.keys(r.outcomes);
  out.push(
    '',
    '## P(outcome | it fired)',
    '',
    'With its 95% interval, and its ratio to P(outcome). An association, not an effect: for effects, see `statecraft drivers`.',
    '',
    `| trigger | fired | ${ids.map((o) => `${md(o)} (ratio to P)`).join(' | ')} |`,
    `|---|---|${ids.map(() => '---|').join('')}`,
  );
  for (const [t, a] of Object.entries(r.conditional)) {
    if (a.fired === 0) continue;
    out.push(`| ${md(t)} | ${percentInterval(a.firedP, a.firedCi95)} | ${ids.map((o) => cell(a.outcomes[o])).join(' | ')} |`);
  }
  out.push('', '## Commonest sequences', '', "Share of the outcome's runs, with its 95% interval.", '');
  for (const [id, seqs] of Object.entries(r.sequences)) {
    for (const s of seqs.slice(0, 3)) out.push(`- **${md(id)}** ${percentInterval(s.p, s.ci95)}: ${s.sequence.map(md).join(' → ') || '(nothing fired)'}`);
  }
  if (r.neverReached.length > 0)
    out.push('', `Not reached in ${r.runs.toLocaleString('en-US')} runs (not proven impossible: see statecraft check): ${r.neverReached.map(md).join(', ')}.`);
  return `${out.join('\n')}\n`;
}
