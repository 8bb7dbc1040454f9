// Applies an engine call to the UI state; a refusal becomes a status line, never a crash.
import { UserError } from '../core/errors.js';
import type { Session } from '../engine/session.js';
import type { Status, UiState } from './uiState.js';

/** Runs `f` on the session; on success sets the new session and `done` status, on a user error shows it. */
export function runAction(state: UiState, f: (s: Session) => Session, done: (s: Session) => string): UiState {
  try {
    const session = f(state.session);
    return { ...state, session, selectedStep: null, status: { kind: 'info', text: done(session) } };
  } catch (e) {
    return { ...state, status: errorStatus(e) };
  }
}

/** A status line for an error: user errors with their hint; anything else is a bug and is rethrown. */
export function errorStatus(e: unknown): Status {
  if (e instanceof UserError) return { kind: 'error', text: e.hint ? `${e.message} (${e.hint})` : e.message };
  throw e;
}
