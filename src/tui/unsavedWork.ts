// Unsaved work: whether there is any, asking before quitting, and the file name offered when saving.
import { savesAs } from './savedSession.js';
import type { UiState } from './uiState.js';

/** Quits at once when nothing is unsaved, else asks; asked again (a second Ctrl+C or signal), quits keeping the recovery file. */
export function requestQuit(state: UiState, reason: string): UiState {
  if (state.mode.kind === 'confirm-quit') return { ...state, quit: true, keepRecovery: true };
  if (!isDirty(state)) return { ...state, quit: true };
  return { ...state, mode: { kind: 'confirm-quit', reason } };
}

/** The prompt for a file name to save to: the last one, else the scenario's id. */
export function savePrompt(state: UiState, purpose: 'save' | 'save-quit'): UiState['mode'] {
  return { kind: 'prompt', purpose, value: state.sessionPath ?? `${state.session.stepper.ir.id}.session.json` };
}

/** True when the session differs from what was last saved or opened. */
export function isDirty(state: UiState): boolean {
  if (state.savedText === null) return state.session.cursor.steps > 0 || Object.keys(state.session.branches).length > 1;
  return !savesAs(state.session, state.savedText);
}
