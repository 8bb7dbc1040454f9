// Step records in plain words for a class: what changed, who moved, what happened by chance, how it ended; no expressions.
import type { IR } from '../../engine/ir.js';
import type { StepRecord } from '../../engine/stepRecord.js';
import { stateLabel } from '../formatRunText.js';
import { formatValue } from '../formatValue.js';
import { textOf } from '../textOf.js';
import type { DebriefMessages } from './debriefMessages.js';

/** The plain-language lines of some steps, in the order things happened. */
export function plainSteps(ir: IR, records: readonly StepRecord[], m: DebriefMessages, lang: string): string[] {
  const s = ir.scenario;
  const trigger = (id: string) => textOf(s.triggers[id]?.label, lang, id);
  const lines: string[] = [];
  for (const r of records) {
    if (r.cause === 'rolled') lines.push(m.byChance(trigger(r.trigger)));
    for (const g of r.skipped) lines.push(m.skipped(trigger(g.role.replace(/^scheduled /, ''))));
    for (const e of r.effects)
      if (e.before !== e.after) lines.push(m.changed(textOf(s.indicators[e.indicator]?.label, lang, e.indicator), formatValue(e.before), formatValue(e.after)));
    for (const t of r.transitions)
      lines.push(m.moved(textOf(s.actors[t.actor]?.label, lang, t.actor), stateLabel(ir, t.actor, t.from, lang), stateLabel(ir, t.actor, t.to, lang)));
    if (r.decided) lines.push(m.decided(r.outcome === 'undecided' ? m.undecided : textOf(s.outcomes[r.outcome]?.label, lang, r.outcome)));
  }
  return lines;
}
