// The offer to restore unsaved work found in a recovery file, as an overlay and its keys.
import { formatDateTimeIn, formatMonthIn, t } from '../i18n/messages.js';
import { msg } from '../i18n/userError.js';
import type { KeyPress } from './keyPress.js';
import type { UiState } from './uiState.js';

type Restore = Extract<UiState['mode'], { kind: 'restore' }>;

/** What the restore overlay says about the recovered session. */
export function restoreLines(state: UiState, mode: Restore): string[] {
  const s = mode.recovered;
  const { ir } = s.stepper;
  const lang = state.lang;
  const open = state.session.cursor.steps;
  const what = {
    steps: msg('count.steps', { n: s.cursor.steps }),
    branches: msg('count.branches', { n: Object.keys(s.branches).length }),
    date: formatMonthIn(lang, ir.start + s.cursor.world.month),
    branch: s.branch,
  };
  return [
    t(lang, 'restore.intro', { at: formatDateTimeIn(lang, mode.from.savedAt) }),
    '',
    `  ${t(lang, 'restore.what', what)}`,
    `  ${mode.sessionPath ? t(lang, 'restore.savedTo', { path: mode.sessionPath }) : t(lang, 'restore.never')}`,
    `  ${t(lang, 'restore.file', { file: mode.from.file })}`,
    '',
    t(lang, 'restore.y'),
    t(lang, 'restore.n'),
    open > 0 ? t(lang, 'restore.escOpen', { steps: msg('count.steps', { n: open }) }) : t(lang, 'restore.esc'),
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
      status: { kind: 'info', text: t(state.lang, 'status.restored', { steps: msg('count.steps', { n: mode.recovered.cursor.steps }) }) },
    };
  }
  if (key.char === 'n') {
    remove(mode.from.file);
    return { ...state, mode: { kind: 'normal' }, status: { kind: 'info', text: t(state.lang, 'status.discarded') } };
  }
  if (key.name === 'escape')
    return { ...state, mode: { kind: 'normal' }, status: { kind: 'info', text: t(state.lang, 'status.kept', { file: mode.from.file }) } };
  return null;
}
