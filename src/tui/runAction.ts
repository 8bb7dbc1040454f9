// Applies an engine call to the UI state; a refusal becomes a status line, never a crash.
import { UserError } from '../core/errors.js';
import type { Session } from '../engine/session.js';
import { t } from '../i18n/messages.js';
import type { Status, UiState } from './uiState.js';

/** Runs `f` on the session unless `refusal` says why not; on success sets the new session and `done` status, on a user error shows it. */
export function runAction(state: UiState, f: (s: Session) => Session, done: (s: Session) => string, refusal: string | null = null): UiState {
  if (refusal !== null) return { ...state, status: { kind: 'error', text: refusal } };
  try {
    const session = f(state.session);
    return { ...state, session, selectedStep: null, status: { kind: 'info', text: done(session) } };
  } catch (e) {
    return { ...state, status: errorStatus(e, state.lang) };
  }
}

/** A status line for an error: user errors with their hint (said to be in English in another language); anything else is a bug and is rethrown. */
export function errorStatus(e: unknown, lang = 'en'): Status {
  if (e instanceof UserError) {
    const message = e.hint ? `${e.message} (${e.hint})` : e.message;
    return { kind: 'error', text: lang === 'en' ? message : t(lang, 'status.errorIn', { message }) };
  }
  throw e;
}
