// What the terminal UI shows besides the session: focus, selections, the open overlay, prompts, status.
import type { Session } from '../engine/session.js';

export type Mode =
  | { readonly kind: 'normal' }
  | { readonly kind: 'filter' }
  | { readonly kind: 'prompt'; readonly purpose: 'branch' | 'save' | 'open' | 'save-quit'; readonly value: string; readonly at?: number }
  | { readonly kind: 'help'; readonly scroll?: number }
  | { readonly kind: 'explain'; readonly step: number; readonly scroll: number }
  | { readonly kind: 'branches'; readonly selected: number }
  | { readonly kind: 'compare'; readonly other: string; readonly scroll?: number }
  | { readonly kind: 'drivers'; readonly scroll?: number }
  | { readonly kind: 'signposts'; readonly scroll?: number }
  | { readonly kind: 'confirm-quit'; readonly reason?: string }
  | { readonly kind: 'confirm-open' }
  | { readonly kind: 'autoplay' }
  | {
      readonly kind: 'restore';
      readonly recovered: Session;
      readonly from: { readonly file: string; readonly savedAt: string };
      readonly sessionPath: string | null;
      readonly scroll?: number;
    }
  | { readonly kind: 'details'; readonly scroll?: number }
  | { readonly kind: 'notice'; readonly title: string; readonly lines: readonly string[]; readonly scroll?: number };

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
  /** On quit, keep the recovery file (the user did not choose to discard the unsaved work). */
  readonly keepRecovery?: boolean;
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
