// What the terminal UI shows besides the session: focus, selections, the open overlay, prompts, status.
import type { Session } from '../engine/session.js';

export type Mode =
  | { readonly kind: 'normal' }
  | { readonly kind: 'filter' }
  | { readonly kind: 'prompt'; readonly purpose: 'branch' | 'save' | 'open'; readonly value: string }
  | { readonly kind: 'help' }
  | { readonly kind: 'explain'; readonly step: number; readonly scroll: number }
  | { readonly kind: 'branches'; readonly selected: number }
  | { readonly kind: 'compare'; readonly other: string }
  | { readonly kind: 'drivers' }
  | { readonly kind: 'confirm-quit' };

export type Status = { readonly kind: 'info' | 'error'; readonly text: string };

/** The whole state of the UI. */
export type UiState = {
  readonly session: Session;
  readonly lang: string;
  readonly focus: 'triggers' | 'timeline' | 'odds';
  /** Whether live odds are computed (the odds line can take focus). */
  readonly hasOdds: boolean;
  /** Index into the filtered trigger list. */
  readonly selectedTrigger: number;
  /** Step number selected in the timeline; null follows the latest step. */
  readonly selectedStep: number | null;
  readonly filter: string;
  readonly mode: Mode;
  readonly status: Status | null;
  /** Where the session was last saved or opened, and its text then (to tell unsaved changes). */
  readonly sessionPath: string | null;
  readonly savedText: string | null;
  readonly quit: boolean;
};

/** The UI state at start. */
export function initialUiState(session: Session, lang: string, sessionPath: string | null, savedText: string | null, hasOdds = false): UiState {
  return {
    session,
    lang,
    hasOdds,
    focus: 'triggers',
    selectedTrigger: 0,
    selectedStep: null,
    filter: '',
    mode: { kind: 'normal' },
    status: null,
    sessionPath,
    savedText,
    quit: false,
  };
}
