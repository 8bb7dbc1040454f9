// Turns one key press into the next UI state: the only place keys meet the engine.

import type { Session } from '../engine/session.js';
import { branch, listBranches, switchBranch } from '../engine/session.js';
import { serializeSession } from '../engine/sessionFile.js';
import { handleNormalKey } from './handleNormalKey.js';
import type { KeyPress } from './keyPress.js';
import { errorStatus } from './runAction.js';
import type { UiState } from './uiState.js';

/** File access the UI needs, injected so the key logic stays testable. */
export type TuiIo = {
  readonly readSession: (path: string) => Session;
  readonly writeSession: (path: string, session: Session) => void;
};

const NORMAL = { kind: 'normal' } as const;

/** The next state after a key press. */
export function handleKey(state: UiState, key: KeyPress, io: TuiIo): UiState {
  const mode = state.mode;
  if (key.ctrl && key.char === 'c') return { ...state, quit: true };
  switch (mode.kind) {
    case 'normal':
      return handleNormalKey(state, key);
    case 'help':
    case 'drivers':
    case 'signposts':
      return { ...state, mode: NORMAL };
    case 'confirm-quit':
      if (key.char === 'y' || key.char === 'q') return { ...state, quit: true };
      return { ...state, mode: NORMAL, status: { kind: 'info', text: 'quit cancelled' } };
    case 'filter': {
      if (key.name === 'enter') return { ...state, mode: NORMAL, selectedTrigger: 0 };
      if (key.name === 'escape') return { ...state, mode: NORMAL, filter: '', selectedTrigger: 0 };
      if (key.name === 'backspace') return { ...state, filter: state.filter.slice(0, -1), selectedTrigger: 0 };
      if (key.name === undefined && key.char) return { ...state, filter: state.filter + key.char, selectedTrigger: 0 };
      return state;
    }
    case 'explain': {
      if (key.name === 'down' || key.char === 'j') return { ...state, mode: { ...mode, scroll: mode.scroll + 1 } };
      if (key.name === 'up' || key.char === 'k') return { ...state, mode: { ...mode, scroll: Math.max(0, mode.scroll - 1) } };
      return { ...state, mode: NORMAL };
    }
    case 'branches': {
      const names = listBranches(state.session).map((b) => b.name);
      if (key.name === 'down' || key.char === 'j') return { ...state, mode: { ...mode, selected: Math.min(names.length - 1, mode.selected + 1) } };
      if (key.name === 'up' || key.char === 'k') return { ...state, mode: { ...mode, selected: Math.max(0, mode.selected - 1) } };
      if (key.name === 'enter') {
        const name = names[mode.selected] as string;
        return {
          ...state,
          session: switchBranch(state.session, name),
          mode: NORMAL,
          selectedStep: null,
          status: { kind: 'info', text: `switched to branch ${name}` },
        };
      }
      return { ...state, mode: NORMAL };
    }
    case 'compare': {
      const others = listBranches(state.session)
        .filter((b) => !b.current)
        .map((b) => b.name);
      if (key.name === 'left' || key.name === 'right' || key.char === 'h' || key.char === 'l') {
        const i = others.indexOf(mode.other);
        const next = others[(i + (key.name === 'left' || key.char === 'h' ? others.length - 1 : 1)) % others.length] as string;
        return { ...state, mode: { kind: 'compare', other: next } };
      }
      return { ...state, mode: NORMAL };
    }
    case 'prompt':
      return handlePromptKey(state, mode, key, io);
    default:
      return state;
  }
}

function handlePromptKey(state: UiState, mode: Extract<UiState['mode'], { kind: 'prompt' }>, key: KeyPress, io: TuiIo): UiState {
  if (key.name === 'escape') return { ...state, mode: NORMAL, status: { kind: 'info', text: 'cancelled' } };
  if (key.name === 'backspace') return { ...state, mode: { ...mode, value: mode.value.slice(0, -1) } };
  if (key.name === undefined && key.char) return { ...state, mode: { ...mode, value: mode.value + key.char } };
  if (key.name !== 'enter') return state;
  const value = mode.value.trim();
  if (value === '') return { ...state, status: { kind: 'error', text: 'type a name first, or Esc to cancel' } };
  try {
    if (mode.purpose === 'branch') {
      return {
        ...state,
        session: branch(state.session, value),
        mode: NORMAL,
        status: { kind: 'info', text: `new branch ${value} at step ${state.session.cursor.steps}` },
      };
    }
    if (mode.purpose === 'save') {
      io.writeSession(value, state.session);
      return { ...state, mode: NORMAL, sessionPath: value, savedText: serializeSession(state.session), status: { kind: 'info', text: `saved ${value}` } };
    }
    const session = io.readSession(value);
    return {
      ...state,
      session,
      mode: NORMAL,
      selectedStep: null,
      sessionPath: value,
      savedText: serializeSession(session),
      status: { kind: 'info', text: `opened ${value}` },
    };
  } catch (e) {
    return { ...state, mode: NORMAL, status: errorStatus(e) };
  }
}
