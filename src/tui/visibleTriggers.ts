// The triggers listed in the UI: every trigger, narrowed by the filter text.

import type { TriggerStatus } from '../engine/availableTriggers.js';
import { available } from '../engine/session.js';
import type { World } from '../engine/world.js';
import { labelOf } from '../report/labelOf.js';
import type { UiState } from './uiState.js';

/** Triggers whose id or label contains the filter (case-insensitive), in file order. */
export function visibleTriggers(state: Pick<UiState, 'session' | 'filter' | 'lang'>): TriggerStatus[] {
  const all = statusesAt(state.session);
  const needle = state.filter.trim().toLowerCase();
  if (needle === '') return all;
  const { ir } = state.session.stepper;
  return all.filter((t) => t.id.toLowerCase().includes(needle) || labelOf(ir, 'trigger', t.id, state.lang).toLowerCase().includes(needle));
}

/** The statuses of a world's triggers, computed once per world: a key press asks for them several times (the move, the screen). */
const statuses = new WeakMap<World, TriggerStatus[]>();
function statusesAt(session: UiState['session']): TriggerStatus[] {
  let all = statuses.get(session.cursor.world);
  if (!all) {
    all = available(session);
    statuses.set(session.cursor.world, all);
  }
  return all;
}
