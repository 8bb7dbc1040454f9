// Keys met before the main key logic: the small-screen guard, safe quitting, unsaved work on open, overlay scrolling, roll, autoplay, jump and branch at a step.
import { formatMonthLong } from '../core/month.js';
import { outcomeStatus } from '../engine/createStepper.js';
import { branch, depthOfStep, goto, roll, type Session } from '../engine/session.js';
import { serializeSession } from '../engine/sessionFile.js';
import type { OddsState } from '../workers/oddsService.js';
import type { SignpostsState } from '../workers/signpostsService.js';
import { MIN_HEIGHT, MIN_WIDTH } from './components/Screen.js';
import { handleKey, type TuiIo } from './handleKey.js';
import { isDirty } from './handleNormalKey.js';
import type { KeyPress } from './keyPress.js';
import { overlayView, scrollBy } from './overlayView.js';
import { handleRestoreKey } from './recovery.js';
import { errorStatus, runAction } from './runAction.js';
import type { UiState } from './uiState.js';

/** The terminal and odds the keys depend on (overlay length, the small-screen guard). */
export type View = { readonly columns: number; readonly rows: number; readonly odds: OddsState; readonly signposts?: SignpostsState };

/** File access of the simulator: sessions, and deleting a recovery file once it is restored or discarded. */
export type AppIo = TuiIo & { readonly removeRecovery?: (file: string) => void };

const NORMAL = { kind: 'normal' } as const;

/** The next state after a key press, in front of handleKey. */
export function handleAppKey(state: UiState, key: KeyPress, io: AppIo, view: View): UiState {
  if (key.ctrl && key.char === 'c') return requestQuit(state, 'Ctrl+C');
  if (view.columns < MIN_WIDTH || view.rows < MIN_HEIGHT) return key.char === 'q' ? requestQuit(state, 'q') : state;
  const mode = state.mode;
  switch (mode.kind) {
    case 'autoplay':
      return { ...state, mode: NORMAL, status: { kind: 'info', text: `autoplay stopped at ${dateOf(state.session)}, step ${state.session.cursor.steps}` } };
    case 'confirm-quit':
      return confirmQuitKey(state, key, io);
    case 'confirm-open':
      if (key.char === 'y') return { ...state, mode: { kind: 'prompt', purpose: 'open', value: state.sessionPath ?? '' } };
      if (key.char === 's') return { ...state, mode: savePrompt(state, 'save') };
      return { ...state, mode: NORMAL, status: { kind: 'info', text: 'open cancelled' } };
    case 'restore':
      return handleRestoreKey(state, mode, key, io.removeRecovery ?? (() => {})) ?? scrolled(state, key, view) ?? state;
    case 'notice':
    case 'details':
      return scrolled(state, key, view) ?? { ...state, mode: NORMAL };
    case 'help':
    case 'drivers':
    case 'signposts':
    case 'compare':
    case 'explain':
      return scrolled(state, key, view) ?? handleKey(state, key, io);
    case 'prompt':
      if (key.name === 'enter' && mode.purpose === 'save-quit') return saveAndQuit(state, mode.value.trim(), io);
      if (key.name === 'enter' && mode.purpose === 'branch' && mode.at !== undefined) return branchAt(state, mode.value.trim(), mode.at);
      return handleKey(state, key, io);
    case 'normal':
      return normalKey(state, key, io);
    default:
      return handleKey(state, key, io);
  }
}

/** Quits at once when nothing is unsaved, else asks; asked again (a second Ctrl+C or signal), quits keeping the recovery file. */
export function requestQuit(state: UiState, reason: string): UiState {
  if (state.mode.kind === 'confirm-quit') return { ...state, quit: true, keepRecovery: true };
  if (!isDirty(state)) return { ...state, quit: true };
  return { ...state, mode: { kind: 'confirm-quit', reason } };
}

/** One month of autoplay: rolls a month by chance; stops at the end. */
export function autoplayStep(state: UiState): UiState {
  if (state.mode.kind !== 'autoplay') return state;
  const next = runAction(state, (s) => roll(s), rolledText);
  if (next.status?.kind === 'error' || next.session.cursor.world.ended)
    return {
      ...next,
      mode: NORMAL,
      status: next.status?.kind === 'error' ? next.status : { kind: 'info', text: `autoplay reached the end: ${rolledText(next.session)}` },
    };
  return { ...next, status: { kind: 'info', text: `autoplay: ${rolledText(next.session)} · any key stops` } };
}

function normalKey(state: UiState, key: KeyPress, io: AppIo): UiState {
  switch (key.char) {
    case 'R':
      return runAction(state, (s) => roll(s), rolledText);
    case 'P':
      if (state.session.cursor.world.ended)
        return { ...state, status: { kind: 'error', text: 'the scenario has ended: undo, or g to jump back to a step, first' } };
      return { ...state, mode: { kind: 'autoplay' }, status: { kind: 'info', text: 'autoplay: a month at a time by chance · any key stops' } };
    case 'g':
      return jumpBack(state);
    case 'i':
      return { ...state, mode: { kind: 'details' } };
    case 'b':
      return {
        ...state,
        mode: { kind: 'prompt', purpose: 'branch', value: `branch-${Object.keys(state.session.branches).length + 1}`, at: atDepth(state) },
      };
    case 'o':
      return isDirty(state) ? { ...state, mode: { kind: 'confirm-open' } } : handleKey(state, key, io);
    case 'q':
      return requestQuit(state, 'q');
    default:
      return handleKey(state, key, io);
  }
}

function confirmQuitKey(state: UiState, key: KeyPress, io: AppIo): UiState {
  if (key.char === 'y' || key.char === 'q') return { ...state, quit: true };
  if (key.char === 's') return state.sessionPath ? saveAndQuit(state, state.sessionPath, io) : { ...state, mode: savePrompt(state, 'save-quit') };
  return { ...state, mode: NORMAL, status: { kind: 'info', text: 'quit cancelled' } };
}

function savePrompt(state: UiState, purpose: 'save' | 'save-quit'): UiState['mode'] {
  return { kind: 'prompt', purpose, value: state.sessionPath ?? `${state.session.stepper.ir.id}.session.json` };
}

function saveAndQuit(state: UiState, path: string, io: AppIo): UiState {
  if (path === '') return { ...state, status: { kind: 'error', text: 'type a file name first, or Esc to cancel' } };
  try {
    io.writeSession(path, state.session);
    return { ...state, sessionPath: path, savedText: serializeSession(state.session), quit: true };
  } catch (e) {
    return { ...state, mode: savePrompt(state, 'save-quit'), status: errorStatus(e) };
  }
}

function scrolled(state: UiState, key: KeyPress, view: View): UiState | null {
  const mode = state.mode;
  if (mode.kind === 'branches' || mode.kind === 'normal') return null;
  const shown = overlayView(state, view.odds, view.columns, undefined, view.signposts);
  if (!shown) return null;
  const scroll = scrollBy(key, shown.scroll, shown.lines.length, view.rows);
  return scroll === null ? null : { ...state, mode: { ...mode, scroll } as UiState['mode'] };
}

/** The depth to branch at: after the selected timeline step, else the cursor. */
function atDepth(state: UiState): number {
  return state.selectedStep === null ? state.session.cursor.depth : depthOfStep(state.session, state.selectedStep);
}

function branchAt(state: UiState, name: string, at: number): UiState {
  if (name === '') return { ...state, status: { kind: 'error', text: 'type a name first, or Esc to cancel' } };
  try {
    const session = branch(state.session, name, at);
    return { ...state, session, mode: NORMAL, selectedStep: null, status: { kind: 'info', text: `new branch ${name} at step ${session.cursor.steps}` } };
  } catch (e) {
    return { ...state, mode: NORMAL, status: errorStatus(e) };
  }
}

function jumpBack(state: UiState): UiState {
  if (state.selectedStep === null)
    return { ...state, status: { kind: 'error', text: 'select a step first: Tab to the timeline, ↑↓ to a step, then g jumps back to it' } };
  const depth = depthOfStep(state.session, state.selectedStep);
  return runAction(
    state,
    (s) => goto(s, depth),
    (s) => `jumped back to step ${s.cursor.steps} (r redoes one action at a time; b branches here)`,
  );
}

function dateOf(s: Session): string {
  return formatMonthLong(s.stepper.ir.start + s.cursor.world.month);
}

function rolledText(s: Session): string {
  const a = s.cursor.action;
  const fired = a?.kind === 'roll' && a.fired.length > 0 ? `by chance: ${a.fired.join(', ')}` : 'nothing happened by chance';
  const end = s.cursor.world.ended ? ` · outcome: ${outcomeStatus(s.cursor.world)}` : '';
  return `rolled ${formatMonthLong(s.stepper.ir.start + (s.cursor.parent?.world.month ?? 0))}, ${fired}${end}`;
}
