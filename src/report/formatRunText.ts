// The readable timeline of a scripted run, for terminals.
import { escapeControl } from '../core/escapeControl.js';
import type { IR } from '../engine/ir.js';
import { type MessageId, messageText, t, withoutIsolates } from '../i18n/messages.js';
import { formatValue } from './formatValue.js';
import { labelOf } from './labelOf.js';
import type { RunJson } from './runReport.js';
import { textOf } from './textOf.js';

/** Formats a run as a timeline followed by the final state and any expectation results; fixed words in `lang` (src/i18n). */
export function formatRunText(ir: IR, run: RunJson, lang = 'en'): string {
  const s = ir.scenario;
  const out: string[] = [t(lang, 'run.title', { title: textOf(s.title, lang), id: ir.id, seed: String(run.seed) }), ''];
  if (run.steps.length === 0) out.push(`  ${t(lang, 'run.noSteps')}`);
  for (const step of run.steps) {
    const label = step.trigger === 'advance' ? t(lang, 'run.advance') : labelOf(ir, 'trigger', step.trigger, lang);
    out.push(`  #${step.index}  ${step.date}  ${step.trigger}  [${causeText(lang, step.cause)}]${step.trigger === 'advance' ? '' : `  ${label}`}`);
    for (const line of step.explanation) out.push(`        ${line}`);
  }
  const f = run.final;
  const outcome = f.outcome
    ? `${f.outcome}: ${labelOf(ir, 'outcome', f.outcome, lang)}`
    : f.status === 'undecided'
      ? `${t(lang, 'run.undecided')}${s.undecided ? `: ${textOf(s.undecided, lang)}` : ''}`
      : t(lang, 'run.outcomeOpen');
  out.push(
    '',
    t(lang, f.ended ? 'run.finalEnded' : 'run.final', { date: f.date }),
    `  ${t(lang, 'run.outcome').padEnd(9)} ${outcome}`,
    `  ${t(lang, 'run.actors')}`,
  );
  const pad = Math.max(...Object.keys(f.actors).map((k) => k.length), ...Object.keys(f.indicators).map((k) => k.length));
  for (const [id, state] of Object.entries(f.actors)) {
    out.push(`    ${id.padEnd(pad)}  ${state}  (${stateLabel(ir, id, state, lang)})`);
  }
  out.push(`  ${t(lang, 'run.indicators')}`);
  for (const ind of ir.indicators) {
    const unit = textOf(s.indicators[ind.id]?.unit, lang);
    const range = t(lang, 'run.of', { min: String(ind.min), max: String(ind.max) });
    out.push(`    ${ind.id.padEnd(pad)}  ${formatValue(f.indicators[ind.id] ?? 0).padStart(6)}  ${range}${unit ? ` ${unit}` : ''}`);
  }
  if (run.expectations.length > 0) {
    const failed = run.expectations.filter((e) => !e.ok);
    out.push('', t(lang, 'run.expectations', { passed: String(run.expectations.length - failed.length), failed: String(failed.length) }));
    for (const e of failed) {
      out.push(`  ${t(lang, 'run.failed', { where: e.where, step: String(e.step) })}`);
      for (const m of e.mismatches) out.push(`    ${t(lang, 'run.mismatch', { what: m.what, expected: String(m.expected), actual: String(m.actual) })}`);
    }
  }
  const violations = run.steps.flatMap((st) => st.violations.map((v) => `  ${t(lang, 'run.violation', { n: String(st.index), text: v })}`));
  if (violations.length > 0) out.push('', t(lang, 'run.violations'), ...violations);
  // Session text (an override's reason) and expressions reach the terminal too: control characters are shown, never obeyed.
  return `${escapeControl(withoutIsolates(out.join('\n')))}\n`;
}

const CAUSES = new Set(['fired', 'scheduled', 'clock', 'rolled', 'override']);

/** Why a step happened (fired, scheduled, clock, rolled, override) in the language's word, as the explanation overlay's title says it. */
export function causeText(lang: string, cause: string): string {
  return CAUSES.has(cause) ? messageText(lang, `cause.${cause}` as MessageId) : cause;
}

/** The label of an actor's state in a language. */
export function stateLabel(ir: IR, actor: string, state: string, lang = 'en'): string {
  const path = ir.actors.find((a) => a.id === actor)?.stateById.get(state)?.path ?? [];
  let defs = ir.scenario.actors[actor]?.states;
  let label = state;
  for (const id of path) {
    const def = defs?.[id];
    label = textOf(def?.label, lang, id);
    defs = def?.states;
  }
  return label;
}
