// The facilitator's app: one hook holds the run, every key goes through handleExerciseKey.
import { useApp, useInput } from 'ink';
import { useEffect, useRef, useState } from 'react';
import type { ExerciseRun } from '../../exercise/exerciseRun.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { splitKeys } from '../keyPress.js';
import { ExerciseScreen } from './ExerciseScreen.js';
import { type ExerciseUi, handleExerciseKey } from './handleExerciseKey.js';

type Props = { readonly initial: ExerciseUi; readonly save: (run: ExerciseRun) => void; readonly size?: { readonly columns: number; readonly rows: number } };

export function ExerciseApp({ initial, save, size }: Props) {
  const { exit } = useApp();
  const current = useRef(initial);
  const [ui, setUi] = useState(initial);
  useInput((input, key) => {
    let next = current.current;
    for (const press of splitKeys(input, key)) {
      next = handleExerciseKey(next, press, save);
      if (next.quit) break;
    }
    current.current = next;
    setUi(next);
  });
  useEffect(() => {
    if (ui.quit) exit();
  }, [ui.quit, exit]);
  const terminal = useTerminalSize();
  const { columns, rows } = size ?? terminal;
  return <ExerciseScreen ui={ui} width={columns} height={rows} />;
}
