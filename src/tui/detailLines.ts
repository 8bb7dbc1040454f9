// The `i` overlay: every fact the main screen shortens, in full: the selected trigger, each actor, each indicator.
import { describeBlocked } from '../engine/availableTriggers.js';
import { stateLabel } from '../report/formatRunText.js';
import { formatValue } from '../report/formatValue.js';
import { readExpression } from '../report/readExpression.js';
import { textOf } from '../report/textOf.js';
import type { UiState } from './uiState.js';
import { visibleTriggers } from './visibleTriggers.js';

/** Lines for the details overlay, ids next to labels, raw guards next to their reading. */
export function detailLines(state: UiState): string[] {
  const s = state.session;
  const { ir } = s.stepper;
  const lang = state.lang;
  const world = s.cursor.world;
  const t = visibleTriggers(state)[state.selectedTrigger];
  const lines: string[] = [];
  if (t) {
    const def = ir.scenario.triggers[t.id];
    lines.push(`Selected trigger: ${textOf(def?.label, lang, t.id)} [${t.id}, ${def?.kind ?? ''}]`);
    if (def?.description) lines.push(`  ${textOf(def.description, lang)}`);
    if (def?.when !== undefined) {
      lines.push(`  when: ${def.when}`);
      const reading = readExpression(ir, String(def.when), lang);
      if (reading) lines.push(`  reads: ${reading}`);
    }
    if (def?.chance !== undefined) lines.push(`  chance per month: ${def.chance}`);
    lines.push(t.blocked ? `  × cannot fire now: ${describeBlocked(t.blocked)}` : '  can fire now (⏎ fires it)');
    if (def?.sources?.length) lines.push(`  sources: ${def.sources.join(', ')}`);
    lines.push('');
  }
  lines.push('Actors (id: state id, state):');
  for (const a of ir.actors) {
    const st = world.actors[a.id] as string;
    lines.push(`  ${textOf(ir.scenario.actors[a.id]?.label, lang, a.id)} [${a.id}]: ${stateLabel(ir, a.id, st, lang)} [${st}]`);
  }
  lines.push('', 'Indicators (id: value within bounds):');
  for (const i of ir.indicators) {
    const def = ir.scenario.indicators[i.id];
    lines.push(`  ${textOf(def?.label, lang, i.id)} [${i.id}]: ${formatValue(world.indicators[i.id] as number)} ${def?.unit ?? ''} (${i.min}..${i.max})`);
  }
  return lines;
}
