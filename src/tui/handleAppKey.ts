// Every key of the simulator goes through here: keys that work everywhere, the small-screen guard, then the current mode's keymap.
import { MIN_HEIGHT, MIN_WIDTH } from './components/Screen.js';
import type { AppIo, KeyContext, View } from './keyContext.js';
import { findBinding } from './keymap.js';
import type { KeyPress } from './keyPress.js';
import { ALWAYS_KEYS, keymapOf, SMALL_KEYS } from './modeKeys.js';
import type { UiState } from './uiState.js';

export { requestQuit } from './handleNormalKey.js';
export type { AppIo, View } from './keyContext.js';
export { autoplayStep } from './travelKeys.js';

/** The next state after a key press. */
export function handleAppKey(state: UiState, key: KeyPress, io: AppIo, view: View): UiState {
  const context: KeyContext = { io, view };
  const small = view.columns < MIN_WIDTH || view.rows < MIN_HEIGHT;
  const binding = findBinding(ALWAYS_KEYS, key) ?? (small ? findBinding(SMALL_KEYS, key) : findBinding(keymapOf(state.mode.kind), key));
  return binding?.handle(state, key, context) ?? state;
}
