// Holds a state and feeds it every key of ink's (possibly batched) input, one key at a time.
import { useInput } from 'ink';
import { useCallback, useEffect, useRef, useState } from 'react';
import { type KeyPress, splitKeys } from '../keyPress.js';

/** The current state; each key goes through `reduce`; `onQuit` runs once `isQuit` holds. */
export function useKeyReducer<S>(initial: S, reduce: (state: S, key: KeyPress) => S, isQuit: (state: S) => boolean, onQuit: (state: S) => void): S {
  return useReducerWithKeys(initial, reduce, isQuit, onQuit).state;
}

/** As useKeyReducer, and `dispatch` applies a change that does not come from a key (a timer, a signal). */
export function useReducerWithKeys<S>(
  initial: S,
  reduce: (state: S, key: KeyPress) => S,
  isQuit: (state: S) => boolean,
  onQuit: (state: S) => void,
): { state: S; dispatch: (change: (state: S) => S) => void } {
  const current = useRef(initial);
  const [state, setState] = useState(initial);
  useInput((input, key) => {
    let next = current.current;
    for (const press of splitKeys(input, key)) {
      next = reduce(next, press);
      if (isQuit(next)) break;
    }
    current.current = next;
    setState(next);
  });
  const dispatch = useCallback((change: (state: S) => S) => {
    current.current = change(current.current);
    setState(current.current);
  }, []);
  const quit = isQuit(state);
  useEffect(() => {
    if (quit) onQuit(current.current);
  }, [quit, onQuit]);
  return { state, dispatch };
}
