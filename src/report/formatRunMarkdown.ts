// A scripted run as Markdown, for notebooks and reports.
import type { IR } from '../engine/ir.js';
import { escapeMarkdown as cell } from './debrief/escapeMarkdown.js';
import { stateLabel } from './formatRunText.js';
import { formatValue } from './formatValue.js';
import { labelOf } from './labelOf.js';
import type { RunJson } from './runReport.js';
import { textOf } from './textOf.js';

/** Formats a run as a Markdown document: timeline table, then the final state. */
export function formatRunMarkdown(ir: IR, run: RunJson, lang = 'en'): string {
  const s = ir.scenario;
  const out = [`# ${cell(textOf(s.title, lang))}`, '', `Scenario \`${ir.id}\`, seed ${run.seed}.`, '', '## Timeline', ''];
  out.push('| # | date | trigger | what happened |', '|---|---|---|---|');
  for (const st of run.steps) out.push(`| ${st.index} | ${st.date} | \`${st.trigger}\` (${st.cause}) | ${st.explanation.map(cell).join('; ')} |`);
  const f = run.final;
  out.push(
    '',
    `## Final state (${f.date})`,
    '',
    `**Outcome:** ${f.outcome ? `\`${f.outcome}\`: ${cell(labelOf(ir, 'outcome', f.outcome, lang))}` : f.status}`,
    '',
  );
  out.push('| actor | state |', '|---|---|');
  for (const [id, state] of Object.entries(f.actors)) out.push(`| ${id} | \`${state}\` ${cell(stateLabel(ir, id, state, lang))} |`);
  out.push('', '| indicator | value | range |', '|---|---|---|');
  for (const ind of ir.indicators) out.push(`| ${ind.id} | ${formatValue(f.indicators[ind.id] ?? 0)} | ${ind.min}..${ind.max} |`);
  if (run.expectations.length > 0) {
    out.push('', '## Expectations', '');
    for (const e of run.expectations) {
      out.push(`- ${e.ok ? 'passed' : '**failed**'}: ${cell(e.where)} (after step ${e.step})`);
      for (const m of e.mismatches) out.push(`  - ${cell(m.what)}: expected ${cell(String(m.expected))}, got ${cell(String(m.actual))}`);
    }
  }
  return `${out.join('\n')}\n`;
}
