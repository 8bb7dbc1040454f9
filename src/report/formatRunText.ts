// The readable timeline of a scripted run, for terminals.
import type { IR } from '../engine/ir.js';
import { formatValue } from './formatValue.js';
import { labelOf } from './labelOf.js';
import type { RunJson } from './runReport.js';
import { textOf } from './textOf.js';

/** Formats a run as a timeline followed by the final state and any expectation results. */
export function formatRunText(ir: IR, run: RunJson, lang = 'en'): string {
  const s = ir.scenario;
  const out: string[] = [`${textOf(s.title, lang)} (${ir.id}), seed ${run.seed}`, ''];
  if (run.steps.length === 0) out.push('  (no steps)');
  for (const step of run.steps) {
    const label = step.trigger === 'advance' ? 'advance one month' : labelOf(ir, 'trigger', step.trigger, lang);
    out.push(`  #${step.index}  ${step.date}  ${step.trigger}  [${step.cause}]${step.trigger === 'advance' ? '' : `  ${label}`}`);
    for (const line of step.explanation) out.push(`        ${line}`);
  }
  const f = run.final;
  const outcome = f.outcome
    ? `${f.outcome}: ${labelOf(ir, 'outcome', f.outcome, lang)}`
    : f.status === 'undecided'
      ? `undecided${s.undecided ? `: ${textOf(s.undecided, lang)}` : ''}`
      : 'open (not decided yet)';
  out.push('', `Final state, ${f.date}${f.ended ? ' (ended)' : ''}`, `  outcome   ${outcome}`, '  actors');
  const pad = Math.max(...Object.keys(f.actors).map((k) => k.length), ...Object.keys(f.indicators).map((k) => k.length));
  for (const [id, state] of Object.entries(f.actors)) {
    out.push(`    ${id.padEnd(pad)}  ${state}  (${stateLabel(ir, id, state, lang)})`);
  }
  out.push('  indicators');
  for (const ind of ir.indicators) {
    const unit = s.indicators[ind.id]?.unit;
    out.push(`    ${ind.id.padEnd(pad)}  ${formatValue(f.indicators[ind.id] ?? 0).padStart(6)}  of ${ind.min}..${ind.max}${unit ? ` ${unit}` : ''}`);
  }
  if (run.expectations.length > 0) {
    const failed = run.expectations.filter((e) => !e.ok);
    out.push('', `Expectations: ${run.expectations.length - failed.length} passed, ${failed.length} failed`);
    for (const e of failed) {
      out.push(`  FAILED ${e.where} (after step ${e.step})`);
      for (const m of e.mismatches) out.push(`    ${m.what}: expected ${m.expected}, got ${m.actual}`);
    }
  }
  const violations = run.steps.flatMap((st) => st.violations.map((v) => `  step #${st.index}: invariant ${v} does not hold`));
  if (violations.length > 0) out.push('', 'Invariant violations:', ...violations);
  return `${out.join('\n')}\n`;
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
