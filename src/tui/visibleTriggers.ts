// The triggers listed in the UI: every trigger, narrowed by the filter text.

import type { TriggerStatus } from '../engine/availableTriggers.js';
import { available } from '../engine/session.js';
import { textOf } from '../report/textOf.js';
import type { UiState } from './uiState.js';

/** Triggers whose id or label contains the filter (case-insensitive), in file order. */
export function visibleTriggers(state: Pick<UiState, 'session' | 'filter' | 'lang'>): TriggerStatus[] {
  const all = available(state.session);
  const needle = state.filter.trim().toLowerCase();
  if (needle === '') return all;
  const defs = state.session.stepper.ir.scenario.triggers;
  return all.filter((t) => t.id.toLowerCase().includes(needle) || textOf(defs[t.id]?.label, state.lang).toLowerCase().includes(needle));
}
