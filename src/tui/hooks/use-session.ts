// Holds the simulator's UI state: every key becomes one handleKey call.
import { handleKey, type TuiIo } from '../handleKey.js';
import type { UiState } from '../uiState.js';
import { useKeyReducer } from './use-key-reducer.js';

/** The current UI state; calls `onQuit` once the user has quit. */
export function useSession(initial: UiState, io: TuiIo, onQuit: () => void): UiState {
  return useKeyReducer(
    initial,
    (s, key) => handleKey(s, key, io),
    (s) => s.quit,
    onQuit,
  );
}
