// Keys while a name is typed (branch, save, open, save then quit) and while the trigger filter is typed.
import { branch } from '../engine/session.js';
import { serializeSession } from '../engine/sessionFile.js';
import { t } from '../i18n/messages.js';
import { savePrompt } from './handleNormalKey.js';
import type { KeyContext } from './keyContext.js';
import { type Keymap, TEXT } from './keymap.js';
import { branchRefusal } from './refusals.js';
import { errorStatus } from './runAction.js';
import type { UiState } from './uiState.js';

const NORMAL = { kind: 'normal' } as const;
type Prompt = Extract<UiState['mode'], { kind: 'prompt' }>;

/** Typing a name: characters, Backspace, Enter confirms, Esc cancels. */
export const PROMPT_KEYS: Keymap<UiState, KeyContext> = [
  {
    keys: [TEXT],
    label: 'key.promptType',
    hint: { keys: '', text: 'key.promptType.hint' },
    handle: (s, key) => withPrompt(s, (p) => ({ ...p, value: p.value + key.char })),
  },
  { keys: ['enter'], keyLabel: 'Enter', label: 'key.confirm', hint: { keys: '⏎', text: 'key.confirm.hint' }, handle: confirmPrompt },
  {
    keys: ['escape'],
    keyLabel: 'Esc',
    label: 'key.cancel',
    hint: { keys: 'Esc', text: 'key.cancel.hint' },
    handle: (s) => ({ ...s, mode: NORMAL, status: { kind: 'info', text: t(s.lang, 'status.cancelled') } }),
  },
  { keys: ['backspace'], keyLabel: 'Backspace', label: 'key.backspace', handle: (s) => withPrompt(s, (p) => ({ ...p, value: p.value.slice(0, -1) })) },
  // As in a shell: a suggested name is replaced by typing after Ctrl+U.
  {
    keys: ['ctrl+u'],
    keyLabel: 'Ctrl+U',
    label: 'key.clearLine',
    hint: { keys: '^U', text: 'key.clearLine.hint' },
    handle: (s) => withPrompt(s, (p) => ({ ...p, value: '' })),
  },
];

/** Typing the trigger filter: the list narrows as you type; Enter keeps it, Esc clears it. */
export const FILTER_KEYS: Keymap<UiState, KeyContext> = [
  {
    keys: [TEXT],
    label: 'key.filterType',
    hint: { keys: '', text: 'key.filterType.hint' },
    handle: (s, key) => ({ ...s, filter: s.filter + key.char, selectedTrigger: 0 }),
  },
  {
    keys: ['enter'],
    keyLabel: 'Enter',
    label: 'key.filterKeep',
    hint: { keys: '⏎', text: 'key.filterKeep.hint' },
    handle: (s) => ({ ...s, mode: NORMAL, selectedTrigger: 0 }),
  },
  {
    keys: ['escape'],
    keyLabel: 'Esc',
    label: 'key.filterClear',
    hint: { keys: 'Esc', text: 'key.filterClear.hint' },
    handle: (s) => ({ ...s, mode: NORMAL, filter: '', selectedTrigger: 0 }),
  },
  { keys: ['backspace'], keyLabel: 'Backspace', label: 'key.backspace', handle: (s) => ({ ...s, filter: s.filter.slice(0, -1), selectedTrigger: 0 }) },
];

function withPrompt(state: UiState, f: (p: Prompt) => Prompt): UiState {
  return state.mode.kind === 'prompt' ? { ...state, mode: f(state.mode) } : state;
}

/** Enter in a prompt: branch, save, open, or save then quit, with the typed name. */
export function confirmPrompt(state: UiState, _key: unknown, { io }: KeyContext): UiState {
  const mode = state.mode;
  if (mode.kind !== 'prompt') return state;
  const value = mode.value.trim();
  if (value === '') return { ...state, status: { kind: 'error', text: t(state.lang, mode.purpose === 'branch' ? 'status.typeName' : 'status.typeFile') } };
  try {
    if (mode.purpose === 'branch') {
      const refusal = branchRefusal(state.session, value, state.lang);
      if (refusal) return { ...state, mode: NORMAL, status: { kind: 'error', text: refusal } };
      const session = branch(state.session, value, mode.at);
      return {
        ...state,
        session,
        mode: NORMAL,
        selectedStep: null,
        status: { kind: 'info', text: t(state.lang, 'status.newBranch', { name: value, n: session.cursor.steps }) },
      };
    }
    if (mode.purpose === 'save' || mode.purpose === 'save-quit') {
      io.writeSession(value, state.session);
      const saved = { ...state, mode: NORMAL, sessionPath: value, savedText: serializeSession(state.session) };
      return mode.purpose === 'save-quit'
        ? { ...saved, quit: true }
        : { ...saved, status: { kind: 'info', text: t(state.lang, 'status.saved', { path: value }) } };
    }
    const session = io.readSession(value);
    return {
      ...state,
      session,
      mode: NORMAL,
      selectedStep: null,
      sessionPath: value,
      savedText: serializeSession(session),
      status: { kind: 'info', text: t(state.lang, 'status.opened', { path: value }) },
    };
  } catch (e) {
    return { ...state, mode: mode.purpose === 'save-quit' ? savePrompt(state, 'save-quit') : NORMAL, status: errorStatus(e, state.lang) };
  }
}
