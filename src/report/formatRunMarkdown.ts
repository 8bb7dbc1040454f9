// A scripted run as Markdown, for notebooks and reports; its own words in the interface language (src/i18n).
import type { IR } from '../engine/ir.js';
import { t, withoutIsolates } from '../i18n/messages.js';
import { escapeMarkdown as cell } from './debrief/escapeMarkdown.js';
import { causeText, stateLabel } from './formatRunText.js';
import { formatValue } from './formatValue.js';
import { labelOf } from './labelOf.js';
import type { RunJson } from './runReport.js';
import { textOf } from './textOf.js';

/** Formats a run as a Markdown document: timeline table, then the final state; headings and kinds in `lang`, ids and values as written. */
export function formatRunMarkdown(ir: IR, run: RunJson, lang = 'en'): string {
  const s = ir.scenario;
  const out = [`# ${cell(textOf(s.title, lang))}`, '', t(lang, 'md.scenario', { id: ir.id, seed: String(run.seed) }), '', `## ${t(lang, 'md.timeline')}`, ''];
  out.push(`| # | ${t(lang, 'md.date')} | ${t(lang, 'md.trigger')} | ${t(lang, 'md.what')} |`, '|---|---|---|---|');
  for (const st of run.steps)
    out.push(`| ${st.index} | ${st.date} | \`${st.trigger}\` (${causeText(lang, st.cause)}) | ${st.explanation.map(cell).join('; ')} |`);
  const f = run.final;
  const status = f.status === 'open' ? t(lang, 'md.open') : f.status === 'undecided' ? t(lang, 'md.undecided') : f.status;
  out.push(
    '',
    `## ${t(lang, 'md.final', { date: f.date })}`,
    '',
    `**${t(lang, 'md.outcome')}** ${f.outcome ? `\`${f.outcome}\`: ${cell(labelOf(ir, 'outcome', f.outcome, lang))}` : status}`,
    '',
  );
  out.push(`| ${t(lang, 'md.actor')} | ${t(lang, 'md.state')} |`, '|---|---|');
  for (const [id, state] of Object.entries(f.actors)) out.push(`| ${id} | \`${state}\` ${cell(stateLabel(ir, id, state, lang))} |`);
  out.push('', `| ${t(lang, 'md.indicator')} | ${t(lang, 'md.value')} | ${t(lang, 'md.range')} |`, '|---|---|---|');
  for (const ind of ir.indicators) out.push(`| ${ind.id} | ${formatValue(f.indicators[ind.id] ?? 0)} | ${ind.min}..${ind.max} |`);
  if (run.expectations.length > 0) {
    out.push('', `## ${t(lang, 'md.expectations')}`, '');
    for (const e of run.expectations) {
      out.push(`- ${t(lang, e.ok ? 'md.passed' : 'md.failed', { where: cell(e.where), step: String(e.step) })}`);
      for (const m of e.mismatches)
        out.push(`  - ${t(lang, 'run.mismatch', { what: cell(m.what), expected: cell(String(m.expected)), actual: cell(String(m.actual)) })}`);
    }
  }
  // Markdown is read as written: the invisible isolates around values in an Arabic sentence would only hide in it.
  return `${withoutIsolates(out.join('\n'))}\n`;
}
