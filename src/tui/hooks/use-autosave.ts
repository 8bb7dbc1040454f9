// Writes the session to the recovery file after every change while it has unsaved work; removes the file once none is left.
import { useEffect, useRef } from 'react';
import type { Session } from '../../engine/session.js';
import { t } from '../../i18n/messages.js';
import { errorValue } from '../../i18n/userError.js';
import { isDirty } from '../handleNormalKey.js';
import type { Status, UiState } from '../uiState.js';

/** Where unsaved work is kept between a crash and the next start. */
export type Recovery = { readonly save: (session: Session, sessionPath: string | null) => void | Promise<void>; readonly clear: () => void };

/** Autosaves `state` right after each frame; a failed write is shown once in the status line via `report`. */
export function useAutosave(state: UiState, recovery: Recovery | undefined, report: (status: Status) => void): { readonly close: () => void } {
  const closed = useRef(false);
  const failed = useRef(false);
  const { session, sessionPath, lang } = state;
  const dirty = isDirty(state);
  useEffect(() => {
    if (!recovery) return;
    setImmediate(() => {
      if (closed.current) return;
      const fail = (e: unknown) => {
        if (!failed.current) report({ kind: 'error', text: t(lang, 'status.autosaveFailed', { message: errorValue(e) }) });
        failed.current = true;
      };
      try {
        Promise.resolve(dirty ? recovery.save(session, sessionPath) : recovery.clear()).then(() => {
          failed.current = false;
        }, fail);
      } catch (e) {
        fail(e);
      }
    });
  }, [recovery, session, sessionPath, dirty, report, lang]);
  return { close: () => (closed.current = true) };
}
