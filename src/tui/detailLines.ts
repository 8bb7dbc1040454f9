// The `i` overlay: every fact the main screen shortens, in full: the selected trigger, each actor, each indicator.
import { formatNumber, t } from '../i18n/messages.js';
import { stateLabel } from '../report/formatRunText.js';
import { formatValue } from '../report/formatValue.js';
import { readExpression } from '../report/readExpression.js';
import { textOf } from '../report/textOf.js';
import { blockedText } from './blockedText.js';
import { textIn } from './textIn.js';
import type { UiState } from './uiState.js';
import { visibleTriggers } from './visibleTriggers.js';

/** Lines for the details overlay, ids next to labels, raw guards next to their reading. */
export function detailLines(state: UiState): string[] {
  const s = state.session;
  const { ir } = s.stepper;
  const lang = state.lang;
  const world = s.cursor.world;
  const trigger = visibleTriggers(state)[state.selectedTrigger];
  const lines: string[] = [];
  if (trigger) {
    const def = ir.scenario.triggers[trigger.id];
    lines.push(t(lang, 'details.trigger', { label: textOf(def?.label, lang, trigger.id), id: trigger.id, kind: def ? t(lang, `kind.${def.kind}`) : '' }));
    if (def?.description !== undefined) lines.push(`  ${textIn(def.description, lang) ?? t(lang, 'explain.noText')}`);
    if (def?.when !== undefined) {
      lines.push(`  ${t(lang, 'details.when', { expr: String(def.when) })}`);
      const reading = readExpression(ir, String(def.when), lang);
      if (reading) lines.push(`  ${t(lang, 'blocked.reads', { reading })}`);
    }
    if (def?.chance !== undefined) lines.push(`  ${t(lang, 'details.chance', { p: String(def.chance) })}`);
    lines.push(`  ${trigger.blocked ? t(lang, 'details.blocked', { why: blockedText(trigger.blocked, lang) }) : t(lang, 'details.canFire')}`);
    if (def?.sources?.length) lines.push(`  ${t(lang, 'details.sources', { list: def.sources.join(', ') })}`);
    lines.push('');
  }
  lines.push(t(lang, 'details.actors'));
  for (const a of ir.actors) {
    const st = world.actors[a.id] as string;
    lines.push(`  ${textOf(ir.scenario.actors[a.id]?.label, lang, a.id)} [${a.id}]: ${stateLabel(ir, a.id, st, lang)} [${st}]`);
  }
  lines.push('', t(lang, 'details.indicators'));
  for (const i of ir.indicators) {
    const def = ir.scenario.indicators[i.id];
    const range = t(lang, 'details.range', { min: formatNumber(lang, i.min), max: formatNumber(lang, i.max) });
    lines.push(`  ${textOf(def?.label, lang, i.id)} [${i.id}]: ${formatValue(world.indicators[i.id] as number)} ${textOf(def?.unit, lang)} (${range})`);
  }
  return lines;
}
