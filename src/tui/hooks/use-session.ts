// Holds the simulator's UI state: every key becomes one handleAppKey call; timers and signals dispatch changes too.
import { type RefObject, useEffect } from 'react';
import { type AppIo, autoplayStep, handleAppKey, requestQuit, type View } from '../handleAppKey.js';
import type { UiState } from '../uiState.js';
import { useReducerWithKeys } from './use-key-reducer.js';

/** Months autoplay waits between rolls, so each is seen. */
export const AUTOPLAY_MS = 150;

/** Subscribes to the process's stop signals (SIGTERM, SIGHUP); returns the unsubscribe. */
export type Signals = (listener: (name: string) => void) => () => void;

/** The current UI state and `dispatch`; calls `onQuit` with the last state once the user has quit. */
export function useSession(initial: UiState, io: AppIo, onQuit: (state: UiState) => void, view: RefObject<View>, signals?: Signals) {
  const { state, dispatch } = useReducerWithKeys(
    initial,
    (s, key) => handleAppKey(s, key, io, view.current),
    (s) => s.quit,
    onQuit,
  );
  const autoplaying = state.mode.kind === 'autoplay';
  useEffect(() => {
    if (!autoplaying) return;
    const timer = setTimeout(() => dispatch(autoplayStep), AUTOPLAY_MS);
    return () => clearTimeout(timer);
  });
  useEffect(() => signals?.((name) => dispatch((s) => requestQuit(s, name))), [signals, dispatch]);
  return { state, dispatch };
}
