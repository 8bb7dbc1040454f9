// Holds a state and feeds it every key of ink's (possibly batched) input, one key at a time.
import { useInput } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { type KeyPress, splitKeys } from '../keyPress.js';

/** The current state; each key goes through `reduce`; `onQuit` runs once `isQuit` holds. */
export function useKeyReducer<S>(initial: S, reduce: (state: S, key: KeyPress) => S, isQuit: (state: S) => boolean, onQuit: () => void): S {
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
  const quit = isQuit(state);
  useEffect(() => {
    if (quit) onQuit();
  }, [quit, onQuit]);
  return state;
}
