// Holds the UI state and turns every key of ink's (possibly batched) input into one handleKey call.
import { useInput } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { handleKey, type TuiIo } from '../handleKey.js';
import { splitKeys } from '../keyPress.js';
import type { UiState } from '../uiState.js';

/** The current UI state; calls `onQuit` once the user has quit. */
export function useSession(initial: UiState, io: TuiIo, onQuit: () => void): UiState {
  const current = useRef(initial);
  const [state, setState] = useState(initial);
  useInput((input, key) => {
    let next = current.current;
    for (const press of splitKeys(input, key)) {
      next = handleKey(next, press, io);
      if (next.quit) break;
    }
    current.current = next;
    setState(next);
  });
  useEffect(() => {
    if (state.quit) onQuit();
  }, [state.quit, onQuit]);
  return state;
}
