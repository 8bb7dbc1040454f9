// Turns a step record into sentences: the one wording of "why" used by run, TUI and debrief, in the interface language's words (src/i18n).
import type { IR } from '../engine/ir.js';
import type { EffectChange, GuardCheck, StepRecord } from '../engine/stepRecord.js';
import { type ParamValue, t } from '../i18n/messages.js';
import { msg } from '../i18n/userError.js';
import { formatValue } from './formatValue.js';
import { labelOf } from './labelOf.js';

const values = (g: GuardCheck): string => {
  const parts = Object.entries(g.values).map(([k, v]) => `${k} = ${formatValue(v)}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
};

/** Human-readable lines explaining a step, in the order things happened; ids, expressions and values stay as written. */
export function explainLines(ir: IR, r: StepRecord, lang = 'en'): string[] {
  const lines: string[] = [];
  for (const s of r.skipped) lines.push(t(lang, 'why.skipped', { role: roleText(s.role), expr: s.expr, values: values(s) }));
  for (const g of r.guards) {
    if (g.role === 'precondition') lines.push(t(lang, 'why.holds', { expr: g.expr, values: values(g) }));
  }
  for (const e of r.effects) {
    const change = { indicator: e.indicator, op: opText(e, lang), before: formatValue(e.before), after: formatValue(e.after) };
    lines.push(e.clamped ? t(lang, 'why.clamped', { ...change, raw: formatValue(e.raw) }) : t(lang, 'why.effect', change));
  }
  for (const g of r.guards) {
    if (g.role.startsWith('transition'))
      lines.push(t(lang, g.passed ? 'why.guardPassed' : 'why.guardFailed', { role: roleText(g.role), expr: g.expr, values: values(g) }));
  }
  for (const tr of r.transitions) lines.push(t(lang, 'why.transition', { actor: tr.actor, from: tr.from, to: tr.to }));
  if (r.trigger === 'advance') {
    const ended = r.outcome !== 'open' && r.decided;
    lines.push(t(lang, ended ? 'why.lastMonth' : 'why.clockMoves', { date: r.date }));
  }
  const outcomeChecks = r.guards.filter((g) => g.role.startsWith('outcome'));
  if (r.decided) {
    for (const g of outcomeChecks)
      lines.push(t(lang, g.passed ? 'why.ruleHolds' : 'why.ruleFails', { role: roleText(g.role), expr: g.expr, values: values(g) }));
    lines.push(
      r.outcome in ir.scenario.outcomes ? t(lang, 'why.decided', { id: r.outcome, label: labelOf(ir, 'outcome', r.outcome, lang) }) : t(lang, 'why.undecided'),
    );
  }
  for (const v of r.violations) lines.push(t(lang, 'why.violated', { text: v }));
  return lines;
}

/** A check's role (`transition baghdad[1]`, `outcome full_exit`, `scheduled x`) with its kind worded from the catalog and its id as written. */
export function roleText(role: string): ParamValue {
  const [, kind, which = ''] = /^(\S+)\s*(.*)$/.exec(role) ?? [];
  if (kind === 'transition') return msg('role.transition', { which });
  if (kind === 'outcome') return msg('role.outcome', { which });
  if (kind === 'scheduled') return msg('role.scheduled', { which });
  if (kind === 'precondition' && which === '') return msg('role.precondition');
  return role;
}

/** How an effect reads: `+15`, `-5`, `×0.8`, `set 70`, `drifts 0.1 toward 30`. */
function opText(e: EffectChange, lang: string): string {
  if (e.op === 'add') return e.expr.startsWith('-') ? e.expr : `+${e.expr}`;
  if (e.op === 'mul') return `×${e.expr}`;
  const drift = e.op === 'drift' ? /^(\S+) toward (\S+)$/.exec(e.expr) : null;
  if (drift) return t(lang, 'why.drifts', { rate: drift[1] as string, toward: drift[2] as string });
  return t(lang, 'why.set', { expr: e.expr });
}
