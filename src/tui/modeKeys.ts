// The keymap of every mode of the simulator besides the main screen: overlays, branches, questions, recovery, autoplay, a too-small terminal.
import { listBranches, switchBranch } from '../engine/session.js';
import { t } from '../i18n/messages.js';
import { NORMAL_KEYS, requestQuit, savePrompt } from './handleNormalKey.js';
import type { KeyContext } from './keyContext.js';
import { ANY, helpLines, type KeyBinding, type Keymap } from './keymap.js';
import type { KeyPress } from './keyPress.js';
import { overlayView, scrollBy } from './overlayView.js';
import { confirmPrompt, FILTER_KEYS, PROMPT_KEYS } from './promptKeys.js';
import { handleRestoreKey } from './recovery.js';
import { stopAutoplay } from './travelKeys.js';
import type { UiState } from './uiState.js';

type Binding = KeyBinding<UiState, KeyContext>;
type Map = Keymap<UiState, KeyContext>;
const NORMAL = { kind: 'normal' } as const;

const scroll: Binding = {
  keys: ['up', 'down', 'k', 'j', 'pageup', 'pagedown', ' '],
  keyLabel: '↑↓ PgUp PgDn',
  label: 'key.scroll',
  hint: { keys: '↑↓ PgUp PgDn', text: 'key.scroll.hint' },
  handle: scrollOverlay,
};
const close: Binding = { keys: [ANY], label: 'key.close', hint: { keys: '', text: 'key.close.hint' }, handle: (s) => ({ ...s, mode: NORMAL }) };

/** Help, explanation, details, drivers and notices: scroll, or any other key closes. */
export const OVERLAY_KEYS: Map = [scroll, close];

/** The comparison: another branch with ←→, scroll, or close. */
export const COMPARE_KEYS: Map = [
  {
    keys: ['left', 'right', 'h', 'l'],
    keyLabel: '← →  h l',
    label: 'key.otherBranch',
    hint: { keys: '←→', text: 'key.otherBranch.hint' },
    handle: otherBranch,
  },
  scroll,
  close,
];

/** The branch list: select, switch, or close. */
export const BRANCH_KEYS: Map = [
  { keys: ['up', 'down', 'k', 'j'], keyLabel: '↑ ↓  j k', label: 'key.branchSelect', hint: { keys: '↑↓', text: 'key.select.hint' }, handle: selectBranch },
  { keys: ['enter'], keyLabel: 'Enter', label: 'key.switch', hint: { keys: '⏎', text: 'key.switch.hint' }, handle: switchToSelected },
  { keys: ['escape', ANY], keyLabel: 'Esc', label: 'key.close', hint: { keys: 'Esc', text: 'key.escClose.hint' }, handle: (s) => ({ ...s, mode: NORMAL }) },
];

const stay: Binding = {
  keys: [ANY],
  label: 'key.stay',
  hint: { keys: '', text: 'key.stay.hint' },
  handle: (s) => ({
    ...s,
    mode: NORMAL,
    status: { kind: 'info', text: t(s.lang, s.mode.kind === 'confirm-open' ? 'status.openCancelled' : 'status.quitCancelled') },
  }),
};

/** "Quit with unsaved changes?": y quits, s saves first, anything else stays. */
export const QUIT_KEYS: Map = [
  { keys: ['y', 'q'], keyLabel: 'y', label: 'key.quitYes', hint: { keys: 'y', text: 'key.quitYes.hint' }, handle: (s) => ({ ...s, quit: true }) },
  { keys: ['s'], keyLabel: 's', label: 'key.quitSave', hint: { keys: 's', text: 'key.quitSave.hint' }, handle: saveThenQuit },
  stay,
];

/** "Open another session with unsaved changes?": y opens, s saves first, anything else stays. */
export const OPEN_KEYS: Map = [
  {
    keys: ['y'],
    keyLabel: 'y',
    label: 'key.openYes',
    hint: { keys: 'y', text: 'key.openYes.hint' },
    handle: (s) => ({ ...s, mode: { kind: 'prompt', purpose: 'open', value: s.sessionPath ?? '' } }),
  },
  { keys: ['s'], keyLabel: 's', label: 'key.openSave', hint: { keys: 's', text: 'key.openSave.hint' }, handle: (s) => ({ ...s, mode: savePrompt(s, 'save') }) },
  stay,
];

/** The offer to restore unsaved work: y, n, Esc, or scroll it. */
export const RESTORE_KEYS: Map = [
  { keys: ['y'], keyLabel: 'y', label: 'key.restoreYes', hint: { keys: 'y', text: 'key.restoreYes.hint' }, handle: restoreKey },
  { keys: ['n'], keyLabel: 'n', label: 'key.restoreNo', hint: { keys: 'n', text: 'key.restoreNo.hint' }, handle: restoreKey },
  { keys: ['escape'], keyLabel: 'Esc', label: 'key.restoreLater', hint: { keys: 'Esc', text: 'key.restoreLater.hint' }, handle: restoreKey },
  { ...scroll, hint: { keys: '↑↓', text: 'key.scroll.hint' } },
];

/** Autoplay: any key stops it. */
export const AUTOPLAY_KEYS: Map = [{ keys: [ANY], label: 'key.stop', hint: { keys: '', text: 'key.stop.hint' }, handle: stopAutoplay }];

/** Keys that work on every screen, before the mode's own. */
export const ALWAYS_KEYS: Map = [{ keys: ['ctrl+c'], keyLabel: 'Ctrl+C', label: 'key.ctrlc', handle: (s) => requestQuit(s, 'Ctrl+C') }];

/** The only key of the "enlarge the terminal" screen. */
export const SMALL_KEYS: Map = [
  { keys: ['q'], keyLabel: 'q', label: 'key.smallQuit', hint: { keys: 'q', text: 'key.smallQuit.hint' }, handle: (s) => requestQuit(s, 'q') },
];

/** The `?` overlay: every key of the main screen, the overlay keys, the keys that work everywhere, what the marks mean, then what the odds' intervals cover. */
export function helpOverlayLines(lang: string, width = Number.POSITIVE_INFINITY): string[] {
  return [
    ...helpLines(NORMAL_KEYS, lang, width),
    '',
    t(lang, 'help.overlay'),
    ...helpLines(COMPARE_KEYS, lang, width - 2).map((l) => `  ${l}`),
    '',
    t(lang, 'help.always'),
    ...helpLines(ALWAYS_KEYS, lang, width - 2).map((l) => `  ${l}`),
    '',
    t(lang, 'help.marks'),
    '',
    t(lang, 'help.odds.title'),
    t(lang, 'help.odds.band'),
    t(lang, 'help.odds.runs'),
  ];
}

/** The keymap that answers keys in a mode (and generates its hint bar). */
export function keymapOf(kind: UiState['mode']['kind']): Map {
  const maps: Record<UiState['mode']['kind'], Map> = {
    normal: NORMAL_KEYS,
    filter: FILTER_KEYS,
    prompt: PROMPT_KEYS,
    help: OVERLAY_KEYS,
    notice: OVERLAY_KEYS,
    details: OVERLAY_KEYS,
    explain: OVERLAY_KEYS,
    drivers: OVERLAY_KEYS,
    signposts: OVERLAY_KEYS,
    compare: COMPARE_KEYS,
    branches: BRANCH_KEYS,
    'confirm-quit': QUIT_KEYS,
    'confirm-open': OPEN_KEYS,
    restore: RESTORE_KEYS,
    autoplay: AUTOPLAY_KEYS,
  };
  return maps[kind];
}

function scrollOverlay(state: UiState, key: KeyPress, { view }: KeyContext): UiState {
  const mode = state.mode;
  const shown = overlayView(state, view.odds, view.columns, view.drivers, view.signposts);
  if (!shown || mode.kind === 'branches' || mode.kind === 'normal') return state;
  const next = scrollBy(key, shown.scroll, shown.lines.length, view.rows);
  return next === null ? state : { ...state, mode: { ...mode, scroll: next } as UiState['mode'] };
}

function otherBranch(state: UiState, key: KeyPress): UiState {
  if (state.mode.kind !== 'compare') return state;
  const others = listBranches(state.session)
    .filter((b) => !b.current)
    .map((b) => b.name);
  const i = others.indexOf(state.mode.other);
  const next = others[(i + (key.name === 'left' || key.char === 'h' ? others.length - 1 : 1)) % others.length] as string;
  return { ...state, mode: { kind: 'compare', other: next } };
}

function selectBranch(state: UiState, key: KeyPress): UiState {
  if (state.mode.kind !== 'branches') return state;
  const last = listBranches(state.session).length - 1;
  const by = key.name === 'down' || key.char === 'j' ? 1 : -1;
  return { ...state, mode: { ...state.mode, selected: Math.max(0, Math.min(last, state.mode.selected + by)) } };
}

function switchToSelected(state: UiState): UiState {
  if (state.mode.kind !== 'branches') return state;
  const name = listBranches(state.session)[state.mode.selected]?.name as string;
  const session = switchBranch(state.session, name);
  return { ...state, session, mode: NORMAL, selectedStep: null, status: { kind: 'info', text: t(state.lang, 'status.switched', { name }) } };
}

function saveThenQuit(state: UiState, key: KeyPress, context: KeyContext): UiState {
  if (!state.sessionPath) return { ...state, mode: savePrompt(state, 'save-quit') };
  return confirmPrompt({ ...state, mode: { kind: 'prompt', purpose: 'save-quit', value: state.sessionPath } }, key, context);
}

function restoreKey(state: UiState, key: KeyPress, { io }: KeyContext): UiState {
  if (state.mode.kind !== 'restore') return state;
  return handleRestoreKey(state, state.mode, key, io.removeRecovery ?? (() => {})) ?? state;
}
