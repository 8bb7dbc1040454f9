// Applies an engine call to the UI state; a refusal becomes a status line, never a crash.
import { UserError } from '../core/errors.js';
import type { Session } from '../engine/session.js';
import { t } from '../i18n/messages.js';
import { errorText } from '../i18n/userError.js';
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

/**
 * A status line for an error: a user error with its hint, in the language when it comes from the catalog (said to be in
 * English otherwise: the author's positioned diagnostics); anything else is a bug and is rethrown.
 */
export function errorStatus(e: unknown, lang = 'en'): Status {
  if (e instanceof UserError) {
    const text = errorText(lang, e);
    return { kind: 'error', text: lang === 'en' || e.text ? text : t(lang, 'status.errorIn', { message: text }) };
  }
  throw e;
}
