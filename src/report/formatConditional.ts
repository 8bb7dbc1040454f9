// Conditional odds (`batch --given`) as terminal text, Markdown or CSV.
import type { ConditionalReport } from '../analysis/conditionalOdds.js';
import type { IR } from '../engine/ir.js';
import { textOf } from './textOf.js';

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;
const NOTE = 'These are conditional odds (the runs in which the observation held), not the effect of making it happen.';

/** The report for a terminal. */
export function formatConditionalText(ir: IR, r: ConditionalReport): string {
  const out = [
    `${textOf(ir.title)} (${r.scenario}): odds given what was observed`,
    `${r.runs.toLocaleString('en-US')} runs, seed ${r.seed}; ${r.matched.toLocaleString('en-US')} runs (${pct(r.matched / r.runs)}) matched:`,
    ...r.given.map((g) => `  ${g}`),
    '',
    `${'OUTCOME'.padEnd(22)} ${'P GIVEN'.padStart(8)}   95% interval     P IN ALL RUNS`,
  ];
  for (const [id, o] of Object.entries(r.outcomes))
    out.push(`${id.padEnd(22)} ${pct(o.p).padStart(8)}   ${pct(o.ci95[0]).padStart(6)} – ${pct(o.ci95[1]).padEnd(6)}   ${pct(o.all).padStart(12)}`);
  out.push('', NOTE);
  return `${out.join('\n')}\n`;
}

/** The report as Markdown. */
export function formatConditionalMarkdown(r: ConditionalReport): string {
  const out = [
    `# Odds given observations: ${r.scenario}`,
    '',
    `${r.matched} of ${r.runs} runs (seed ${r.seed}) matched:`,
    '',
    ...r.given.map((g) => `- \`${g.replace(/`/g, "'")}\``),
    '',
  ];
  out.push('| outcome | P given | 95% interval | P in all runs |', '|---|---|---|---|');
  for (const [id, o] of Object.entries(r.outcomes)) out.push(`| ${id} | ${pct(o.p)} | ${pct(o.ci95[0])} – ${pct(o.ci95[1])} | ${pct(o.all)} |`);
  out.push('', NOTE);
  return `${out.join('\n')}\n`;
}

/** One row per outcome. */
export function formatConditionalCsv(r: ConditionalReport): string {
  const rows = ['outcome,count,p,ci95_low,ci95_high,p_all,matched,runs'];
  for (const [id, o] of Object.entries(r.outcomes)) rows.push([id, o.count, o.p, o.ci95[0], o.ci95[1], o.all, r.matched, r.runs].join(','));
  return `${rows.join('\n')}\n`;
}
