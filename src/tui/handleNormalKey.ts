// Keys of the main screen as a keymap: select, fire, advance, undo/redo, branch, explain, filter, save/open, quit.

import { formatMonthLong } from '../core/month.js';
import { advance, advanceToDeadline, fire, listBranches, redo, undo } from '../engine/session.js';
import { findBinding, type Keymap } from './keymap.js';
import type { KeyPress } from './keyPress.js';
import { runAction } from './runAction.js';
import { savesAs } from './savedSession.js';
import type { UiState } from './uiState.js';
import { visibleTriggers } from './visibleTriggers.js';

/** The keys of the main screen, in the order the help overlay lists them. */
export const NORMAL_KEYS: Keymap<UiState> = [
  {
    keys: ['up', 'down', 'k', 'j'],
    keyLabel: '↑ ↓  or  j k',
    label: 'select a trigger (or a step, in the timeline)',
    hint: '↑↓/jk select',
    shortHint: '↑↓ select',
    handle: (state, key) => moveSelection(state, key.name === 'down' || key.char === 'j' ? 1 : -1),
  },
  { keys: ['tab'], keyLabel: 'Tab', label: 'switch between the triggers and the timeline', hint: 'Tab panel', handle: nextFocus },
  {
    keys: ['enter'],
    keyLabel: 'Enter',
    label: 'fire the selected trigger / explain the selected step',
    hint: '⏎ fire/explain',
    shortHint: '⏎ fire',
    handle: (state) =>
      state.focus === 'triggers' ? fireSelected(state) : state.focus === 'odds' ? { ...state, mode: { kind: 'drivers' } } : explainSelected(state),
  },
  {
    keys: ['a'],
    keyLabel: 'a',
    label: 'advance one month (scheduled triggers fire at month end)',
    hint: 'a month',
    shortHint: 'a month',
    handle: (state) =>
      runAction(
        state,
        (s) => advance(s),
        (s) => (s.cursor.world.ended ? 'the clock passed its last month: scenario ended' : `advanced to ${nextDate(state)}`),
      ),
  },
  {
    keys: ['A'],
    keyLabel: 'A',
    label: 'advance to the next deadline',
    hint: 'A deadline',
    shortHint: 'A deadline',
    handle: (state) =>
      runAction(
        state,
        advanceToDeadline,
        (s) => `advanced to ${formatMonthLong(s.stepper.ir.start + s.cursor.world.month)}${s.cursor.world.ended ? ' (ended)' : ''}`,
      ),
  },
  {
    keys: ['u', 'r'],
    keyLabel: 'u  r',
    label: 'undo / redo',
    hint: 'u/r undo/redo',
    shortHint: 'u/r undo/redo',
    handle: (state, key) =>
      key.char === 'u'
        ? runAction(state, undo, (s) => `undone: back to step ${s.cursor.steps}`)
        : runAction(state, redo, (s) => `redone: step ${s.cursor.steps}`),
  },
  {
    keys: ['b'],
    keyLabel: 'b',
    label: 'start a branch here (you are asked for a name)',
    hint: 'b/B branch/list',
    handle: (state) => ({ ...state, mode: { kind: 'prompt', purpose: 'branch', value: `branch-${listBranches(state.session).length + 1}` } }),
  },
  {
    keys: ['B'],
    keyLabel: 'B',
    label: 'list branches and switch between them',
    handle: (state) => ({ ...state, mode: { kind: 'branches', selected: listBranches(state.session).findIndex((b) => b.current) } }),
  },
  { keys: ['c'], keyLabel: 'c', label: 'compare this branch with another: actors, indicators, outcome', hint: 'c compare', handle: compareBranches },
  {
    keys: ['e'],
    keyLabel: 'e',
    label: 'explain the selected step: guards with values, effects, transitions',
    hint: 'e explain',
    shortHint: 'e explain',
    handle: explainSelected,
  },
  { keys: ['/'], keyLabel: '/', label: 'filter the triggers by id or label', hint: '/ filter', handle: (state) => ({ ...state, mode: { kind: 'filter' } }) },
  {
    keys: ['s', 'o'],
    keyLabel: 's  o',
    label: 'save / open a session file (*.session.json)',
    hint: 's/o save/open',
    handle: (state, key) =>
      key.char === 's'
        ? { ...state, mode: { kind: 'prompt', purpose: 'save', value: state.sessionPath ?? `${state.session.stepper.ir.id}.session.json` } }
        : { ...state, mode: { kind: 'prompt', purpose: 'open', value: state.sessionPath ?? '' } },
  },
  {
    keys: ['w'],
    keyLabel: 'w',
    label: 'signposts: what to watch from here, month by month',
    hint: 'w watch',
    handle: (state) =>
      state.hasOdds
        ? { ...state, mode: { kind: 'signposts' } }
        : { ...state, status: { kind: 'error', text: 'signposts need the live odds: start play without --no-odds' } },
  },
  { keys: ['?'], keyLabel: '?', label: 'this help', hint: '? help', shortHint: '? help', handle: (state) => ({ ...state, mode: { kind: 'help' } }) },
  {
    keys: ['q'],
    keyLabel: 'q',
    label: 'quit (asks first if there are unsaved changes)',
    hint: 'q quit',
    shortHint: 'q quit',
    handle: (state) => (isDirty(state) ? { ...state, mode: { kind: 'confirm-quit' } } : { ...state, quit: true }),
  },
  {
    keys: ['escape'],
    keyLabel: 'Esc',
    label: 'close an overlay, cancel a prompt, clear the filter',
    handle: (state) => (state.status ? { ...state, status: null } : state),
  },
];

/** The next state after a key on the main screen: its binding's handler, or no change. */
export function handleNormalKey(state: UiState, key: KeyPress): UiState {
  return findBinding(NORMAL_KEYS, key)?.handle(state, key) ?? state;
}

/** True when the session differs from what was last saved or opened. */
export function isDirty(state: UiState): boolean {
  if (state.savedText === null) return state.session.cursor.steps > 0 || Object.keys(state.session.branches).length > 1;
  return !savesAs(state.session, state.savedText);
}

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

function nextFocus(state: UiState): UiState {
  return { ...state, focus: state.focus === 'triggers' ? 'timeline' : state.focus === 'timeline' && state.hasOdds ? 'odds' : 'triggers' };
}

function compareBranches(state: UiState): UiState {
  const other = listBranches(state.session).find((b) => !b.current);
  if (!other) return { ...state, status: { kind: 'error', text: 'only one branch: press b to branch, then c to compare' } };
  return { ...state, mode: { kind: 'compare', other: other.name } };
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
