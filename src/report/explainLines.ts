// Turns a step record into sentences: the one wording of "why" used by run, TUI and debrief.
import type { IR } from '../engine/ir.js';
import type { EffectChange, GuardCheck, StepRecord } from '../engine/stepRecord.js';
import { formatValue } from './formatValue.js';
import { labelOf } from './labelOf.js';

const values = (g: GuardCheck): string => {
  const parts = Object.entries(g.values).map(([k, v]) => `${k} = ${formatValue(v)}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
};

/** Human-readable lines explaining a step, in the order things happened. */
export function explainLines(ir: IR, r: StepRecord, lang = 'en'): string[] {
  const lines: string[] = [];
  for (const s of r.skipped) lines.push(`${s.role} skipped: precondition ${s.expr} is false${values(s)}`);
  for (const g of r.guards) {
    if (g.role === 'precondition') lines.push(`precondition ${g.expr} holds${values(g)}`);
  }
  for (const e of r.effects) {
    lines.push(`${e.indicator} ${opText(e)}: ${formatValue(e.before)} → ${formatValue(e.after)}${e.clamped ? ` (clamped from ${formatValue(e.raw)})` : ''}`);
  }
  for (const g of r.guards) {
    if (g.role.startsWith('transition')) lines.push(`${g.role} guard ${g.passed ? 'passed' : 'failed'}: ${g.expr}${values(g)}`);
  }
  for (const t of r.transitions) lines.push(`${t.actor}: ${t.from} → ${t.to}`);
  if (r.trigger === 'advance') {
    const ended = r.outcome !== 'open' && r.decided;
    lines.push(ended ? `the clock passed its last month (${r.date})` : `the clock moves past ${r.date}`);
  }
  const outcomeChecks = r.guards.filter((g) => g.role.startsWith('outcome'));
  if (r.decided) {
    for (const g of outcomeChecks) lines.push(`${g.role} rule ${g.passed ? 'holds' : 'does not hold'}: ${g.expr}${values(g)}`);
    lines.push(
      r.outcome in ir.scenario.outcomes
        ? `outcome decided: ${r.outcome} (${labelOf(ir, 'outcome', r.outcome, lang)})`
        : 'no outcome rule holds: the outcome is undecided',
    );
  }
  for (const v of r.violations) lines.push(`INVARIANT VIOLATED: ${v}`);
  return lines;
}

/** How an effect reads: `+15`, `-5`, `×0.8`, `set 70`, `drifts 0.1 toward 30`. */
function opText(e: EffectChange): string {
  if (e.op === 'add') return e.expr.startsWith('-') ? e.expr : `+${e.expr}`;
  if (e.op === 'mul') return `×${e.expr}`;
  if (e.op === 'drift') return `drifts ${e.expr}`;
  return `set ${e.expr}`;
}
