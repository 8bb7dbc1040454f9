// The offer to restore unsaved work found in a recovery file, as an overlay and its keys.
import { formatMonthLong } from '../core/month.js';
import type { KeyPress } from './keyPress.js';
import type { UiState } from './uiState.js';

type Restore = Extract<UiState['mode'], { kind: 'restore' }>;

/** What the restore overlay says about the recovered session. */
export function restoreLines(state: UiState, mode: Restore): string[] {
  const s = mode.recovered;
  const { ir } = s.stepper;
  return [
    `statecraft stopped without saving (a crash, a closed terminal or a kill); the work was autosaved at ${mode.from.savedAt}.`,
    '',
    `  ${s.cursor.steps} step(s), ${Object.keys(s.branches).length} branch(es), now at ${formatMonthLong(ir.start + s.cursor.world.month)} on branch ${s.branch}`,
    `  ${mode.sessionPath ? `it had last been saved to ${mode.sessionPath}` : 'it had never been saved to a file'}`,
    `  recovery file: ${mode.from.file}`,
    '',
    'y  restore it (then s saves it to a file)',
    'n  discard it and start afresh (the recovery file is deleted)',
    `Esc  start afresh but keep the recovery file for next time${state.session.cursor.steps > 0 ? ` (the session given on the command line, ${state.session.cursor.steps} steps, stays open)` : ''}`,
  ];
}

/** y restores, n discards, Esc defers; `remove` deletes the recovery file. */
export function handleRestoreKey(state: UiState, mode: Restore, key: KeyPress, remove: (file: string) => void): UiState | null {
  if (key.char === 'y') {
    remove(mode.from.file);
    return {
      ...state,
      session: mode.recovered,
      sessionPath: mode.sessionPath,
      savedText: null,
      selectedStep: null,
      mode: { kind: 'normal' },
      status: { kind: 'info', text: `restored ${mode.recovered.cursor.steps} unsaved step(s): press s to save them` },
    };
  }
  if (key.char === 'n') {
    remove(mode.from.file);
    return { ...state, mode: { kind: 'normal' }, status: { kind: 'info', text: 'recovered work discarded' } };
  }
  if (key.name === 'escape') return { ...state, mode: { kind: 'normal' }, status: { kind: 'info', text: `recovery file kept: ${mode.from.file}` } };
  return null;
}
