// Keys of the main screen as a keymap: select, fire, advance, roll, autoplay, undo/redo, jump, branch, explain, details, filter, save/open, quit.
import { advance, advanceToDeadline, depthOfStep, fire, listBranches, redo, undo } from '../engine/session.js';
import { formatMonthIn, t } from '../i18n/messages.js';
import type { KeyContext } from './keyContext.js';
import { findBinding, type Keymap } from './keymap.js';
import type { KeyPress } from './keyPress.js';
import { endedRefusal, fireRefusal, redoRefusal, undoRefusal } from './refusals.js';
import { runAction } from './runAction.js';
import { jumpBack, rollMonth, startAutoplay } from './travelKeys.js';
import type { UiState } from './uiState.js';
import { isDirty, requestQuit, savePrompt } from './unsavedWork.js';
import { visibleTriggers } from './visibleTriggers.js';

export { isDirty, requestQuit, savePrompt } from './unsavedWork.js';

/** The keys of the main screen, in the order the help overlay lists them. */
export const NORMAL_KEYS: Keymap<UiState, KeyContext> = [
  {
    keys: ['up', 'down', 'k', 'j'],
    keyLabel: '↑ ↓  j k',
    label: 'key.select',
    hint: { keys: '↑↓/jk', text: 'key.select.hint' },
    shortHint: { keys: '↑↓', text: 'key.select.hint' },
    handle: (state, key) => moveSelection(state, key.name === 'down' || key.char === 'j' ? 1 : -1),
  },
  { keys: ['tab'], keyLabel: 'Tab', label: 'key.tab', hint: { keys: 'Tab', text: 'key.tab.hint' }, handle: nextFocus },
  {
    keys: ['enter'],
    keyLabel: 'Enter',
    label: 'key.enter',
    hint: { keys: '⏎', text: 'key.enter.hint' },
    shortHint: { keys: '⏎', text: 'key.enter.short' },
    handle: (state) =>
      state.focus === 'triggers' ? fireSelected(state) : state.focus === 'odds' ? { ...state, mode: { kind: 'drivers' } } : explainSelected(state),
  },
  {
    keys: ['a'],
    keyLabel: 'a',
    label: 'key.advance',
    hint: { keys: 'a', text: 'key.advance.hint' },
    shortHint: { keys: 'a', text: 'key.advance.hint' },
    handle: (state) =>
      runAction(
        state,
        advance,
        (s) => (s.cursor.world.ended ? t(state.lang, 'status.ended') : t(state.lang, 'status.advanced', { date: nextDate(state) })),
        endedRefusal(state.session, state.lang),
      ),
  },
  {
    keys: ['A'],
    keyLabel: 'A',
    label: 'key.deadline',
    hint: { keys: 'A', text: 'key.deadline.hint' },
    handle: (state) =>
      runAction(
        state,
        advanceToDeadline,
        (s) => t(state.lang, s.cursor.world.ended ? 'status.advancedEnded' : 'status.advanced', { date: dateOf(state, s.cursor.world.month) }),
        endedRefusal(state.session, state.lang),
      ),
  },
  {
    keys: ['R'],
    keyLabel: 'R',
    label: 'key.roll',
    hint: { keys: 'R', text: 'key.roll.hint' },
    shortHint: { keys: 'R', text: 'key.roll.hint' },
    handle: rollMonth,
  },
  { keys: ['P'], keyLabel: 'P', label: 'key.autoplay', hint: { keys: 'P', text: 'key.autoplay.hint' }, handle: startAutoplay },
  {
    keys: ['u', 'r'],
    keyLabel: 'u  r',
    label: 'key.undo',
    hint: { keys: 'u/r', text: 'key.undo.hint' },
    shortHint: { keys: 'u/r', text: 'key.undo.hint' },
    handle: (state, key) =>
      key.char === 'u'
        ? runAction(state, undo, (s) => t(state.lang, 'status.undone', { n: s.cursor.steps }), undoRefusal(state.session, state.lang))
        : runAction(state, redo, (s) => t(state.lang, 'status.redone', { n: s.cursor.steps }), redoRefusal(state.session, state.lang)),
  },
  { keys: ['g'], keyLabel: 'g', label: 'key.jump', hint: { keys: 'g', text: 'key.jump.hint' }, handle: jumpBack },
  { keys: ['b'], keyLabel: 'b', label: 'key.branch', hint: { keys: 'b', text: 'key.branch.hint' }, handle: branchPrompt },
  {
    keys: ['B'],
    keyLabel: 'B',
    label: 'key.branches',
    hint: { keys: 'B', text: 'key.branches.hint' },
    handle: (state) => ({ ...state, mode: { kind: 'branches', selected: listBranches(state.session).findIndex((b) => b.current) } }),
  },
  { keys: ['c'], keyLabel: 'c', label: 'key.compare', hint: { keys: 'c', text: 'key.compare.hint' }, handle: compareBranches },
  {
    keys: ['e'],
    keyLabel: 'e',
    label: 'key.explain',
    hint: { keys: 'e', text: 'key.explain.hint' },
    shortHint: { keys: 'e', text: 'key.explain.hint' },
    handle: explainSelected,
  },
  {
    keys: ['i'],
    keyLabel: 'i',
    label: 'key.details',
    hint: { keys: 'i', text: 'key.details.hint' },
    handle: (state) => ({ ...state, mode: { kind: 'details' } }),
  },
  {
    keys: ['w'],
    keyLabel: 'w',
    label: 'key.watch',
    hint: { keys: 'w', text: 'key.watch.hint' },
    handle: (state) =>
      state.hasOdds ? { ...state, mode: { kind: 'signposts' } } : { ...state, status: { kind: 'error', text: t(state.lang, 'status.noSignposts') } },
  },
  {
    keys: ['/'],
    keyLabel: '/',
    label: 'key.filter',
    hint: { keys: '/', text: 'key.filter.hint' },
    handle: (state) => ({ ...state, mode: { kind: 'filter' } }),
  },
  {
    keys: ['s', 'o'],
    keyLabel: 's  o',
    label: 'key.save',
    hint: { keys: 's/o', text: 'key.save.hint' },
    handle: (state, key) =>
      key.char === 's'
        ? { ...state, mode: savePrompt(state, 'save') }
        : isDirty(state)
          ? { ...state, mode: { kind: 'confirm-open' } }
          : { ...state, mode: { kind: 'prompt', purpose: 'open', value: state.sessionPath ?? '' } },
  },
  {
    keys: ['?'],
    keyLabel: '?',
    label: 'key.help',
    hint: { keys: '?', text: 'key.help.hint' },
    shortHint: { keys: '?', text: 'key.help.hint' },
    handle: (state) => ({ ...state, mode: { kind: 'help' } }),
  },
  {
    keys: ['q'],
    keyLabel: 'q',
    label: 'key.quit',
    hint: { keys: 'q', text: 'key.quit.hint' },
    shortHint: { keys: 'q', text: 'key.quit.hint' },
    handle: (state) => requestQuit(state, 'q'),
  },
  { keys: ['escape'], keyLabel: 'Esc', label: 'key.clear', handle: (state) => (state.status ? { ...state, status: null } : state) },
];

/** The next state after a key on the main screen: its binding's handler, or no change. */
export function handleNormalKey(state: UiState, key: KeyPress, context: KeyContext): UiState {
  return findBinding(NORMAL_KEYS, key)?.handle(state, key, context) ?? state;
}

function dateOf(state: UiState, month: number): string {
  return formatMonthIn(state.lang, state.session.stepper.ir.start + month);
}

function nextDate(state: UiState): string {
  return dateOf(state, Math.min(state.session.stepper.ir.months, state.session.cursor.world.month + 1));
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

/** b: asks for a name; the branch starts after the selected timeline step, else at the cursor. */
function branchPrompt(state: UiState): UiState {
  const at = state.selectedStep === null ? state.session.cursor.depth : depthOfStep(state.session, state.selectedStep);
  return { ...state, mode: { kind: 'prompt', purpose: 'branch', value: `branch-${Object.keys(state.session.branches).length + 1}`, at } };
}

function compareBranches(state: UiState): UiState {
  const other = listBranches(state.session).find((b) => !b.current);
  if (!other) return { ...state, status: { kind: 'error', text: t(state.lang, 'status.oneBranch') } };
  return { ...state, mode: { kind: 'compare', other: other.name } };
}

function fireSelected(state: UiState): UiState {
  const trigger = visibleTriggers(state)[state.selectedTrigger];
  if (!trigger) return { ...state, status: { kind: 'error', text: t(state.lang, 'status.noMatch') } };
  return runAction(
    state,
    (s) => fire(s, trigger.id),
    (s) => t(state.lang, 'status.fired', { id: trigger.id, n: s.cursor.steps }),
    fireRefusal(state.session, trigger, state.lang),
  );
}

function explainSelected(state: UiState): UiState {
  const step = state.selectedStep ?? state.session.cursor.steps;
  if (step === 0) return { ...state, status: { kind: 'error', text: t(state.lang, 'status.noStep') } };
  return { ...state, mode: { kind: 'explain', step, scroll: 0 } };
}
