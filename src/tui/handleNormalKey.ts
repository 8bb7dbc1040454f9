// Keys of the main screen: select, fire, advance, undo/redo, branch, explain, filter, save/open, quit.

import { formatMonthLong } from '../core/month.js';
import { advance, advanceToDeadline, fire, listBranches, redo, undo } from '../engine/session.js';
import { serializeSession } from '../engine/sessionFile.js';
import type { KeyPress } from './keyPress.js';
import { runAction } from './runAction.js';
import type { UiState } from './uiState.js';
import { visibleTriggers } from './visibleTriggers.js';

/** The next state after a key on the main screen. */
export function handleNormalKey(state: UiState, key: KeyPress): UiState {
  const cleared = state.status && key.name === 'escape' ? { ...state, status: null } : state;
  const down = key.name === 'down' || key.char === 'j';
  const up = key.name === 'up' || key.char === 'k';
  if (down || up) return moveSelection(cleared, down ? 1 : -1);
  if (key.name === 'tab')
    return { ...state, focus: state.focus === 'triggers' ? 'timeline' : state.focus === 'timeline' && state.hasOdds ? 'odds' : 'triggers' };
  if (key.name === 'enter')
    return state.focus === 'triggers' ? fireSelected(state) : state.focus === 'odds' ? { ...state, mode: { kind: 'drivers' } } : explainSelected(state);
  switch (key.char) {
    case 'a':
      return runAction(
        state,
        (s) => advance(s),
        (s) => (s.cursor.world.ended ? 'the clock passed its last month: scenario ended' : `advanced to ${nextDate(state)}`),
      );
    case 'A':
      return runAction(
        state,
        advanceToDeadline,
        (s) => `advanced to ${formatMonthLong(s.stepper.ir.start + s.cursor.world.month)}${s.cursor.world.ended ? ' (ended)' : ''}`,
      );
    case 'u':
      return runAction(state, undo, (s) => `undone: back to step ${s.cursor.steps}`);
    case 'r':
      return runAction(state, redo, (s) => `redone: step ${s.cursor.steps}`);
    case 'b':
      return { ...state, mode: { kind: 'prompt', purpose: 'branch', value: `branch-${listBranches(state.session).length + 1}` } };
    case 'B':
      return { ...state, mode: { kind: 'branches', selected: listBranches(state.session).findIndex((b) => b.current) } };
    case 'c': {
      const other = listBranches(state.session).find((b) => !b.current);
      if (!other) return { ...state, status: { kind: 'error', text: 'only one branch: press b to branch, then c to compare' } };
      return { ...state, mode: { kind: 'compare', other: other.name } };
    }
    case 'e':
      return explainSelected(state);
    case '/':
      return { ...state, mode: { kind: 'filter' } };
    case 's':
      return { ...state, mode: { kind: 'prompt', purpose: 'save', value: state.sessionPath ?? `${state.session.stepper.ir.id}.session.json` } };
    case 'o':
      return { ...state, mode: { kind: 'prompt', purpose: 'open', value: state.sessionPath ?? '' } };
    case '?':
      return { ...state, mode: { kind: 'help' } };
    case 'q':
      return isDirty(state) ? { ...state, mode: { kind: 'confirm-quit' } } : { ...state, quit: true };
    default:
      return cleared;
  }
}

/** True when the session differs from what was last saved or opened. */
export function isDirty(state: UiState): boolean {
  if (state.savedText === null) return state.session.cursor.steps > 0 || Object.keys(state.session.branches).length > 1;
  let text = serialized.get(state.session);
  if (text === undefined) {
    text = serializeSession(state.session);
    serialized.set(state.session, text);
  }
  return text !== state.savedText;
}

/** Sessions are immutable, so each is serialized at most once (the screen asks on every frame). */
const serialized = new WeakMap<UiState['session'], string>();

function nextDate(state: UiState): string {
  return formatMonthLong(state.session.stepper.ir.start + Math.min(state.session.stepper.ir.months, state.session.cursor.world.month + 1));
}

function moveSelection(state: UiState, by: number): UiState {
  if (state.focus === 'odds') return state;
  if (state.focus === 'triggers') {
    const count = visibleTriggers(state).length;
    if (count === 0) return state;
    const selectedTrigger = Math.max(0, Math.min(count - 1, state.selectedTrigger + by));
    return { ...state, selectedTrigger, status: null };
  }
  const last = state.session.cursor.steps;
  if (last === 0) return state;
  const current = state.selectedStep ?? last;
  return { ...state, selectedStep: Math.max(1, Math.min(last, current + by)) };
}

function fireSelected(state: UiState): UiState {
  const t = visibleTriggers(state)[state.selectedTrigger];
  if (!t) return { ...state, status: { kind: 'error', text: 'no trigger matches the filter (press / to change it)' } };
  return runAction(
    state,
    (s) => fire(s, t.id),
    (s) => `fired ${t.id}: step ${s.cursor.steps}`,
  );
}

function explainSelected(state: UiState): UiState {
  const step = state.selectedStep ?? state.session.cursor.steps;
  if (step === 0) return { ...state, status: { kind: 'error', text: 'no step to explain yet: fire a trigger or advance first' } };
  return { ...state, mode: { kind: 'explain', step, scroll: 0 } };
}
