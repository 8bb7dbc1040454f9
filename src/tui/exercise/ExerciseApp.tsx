// The facilitator's app: one hook holds the run, every key goes through handleExerciseKey.
import { useApp } from 'ink';
import type { ExerciseRun } from '../../exercise/exerciseRun.js';
import { useKeyReducer } from '../hooks/use-key-reducer.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { ExerciseScreen } from './ExerciseScreen.js';
import { type ExerciseUi, handleExerciseKey } from './handleExerciseKey.js';

type Props = { readonly initial: ExerciseUi; readonly save: (run: ExerciseRun) => void; readonly size?: { readonly columns: number; readonly rows: number } };

export function ExerciseApp({ initial, save, size }: Props) {
  const { exit } = useApp();
  const ui = useKeyReducer(
    initial,
    (s, key) => handleExerciseKey(s, key, save),
    (s) => s.quit,
    exit,
  );
  const terminal = useTerminalSize();
  const { columns, rows } = size ?? terminal;
  return <ExerciseScreen ui={ui} width={columns} height={rows} />;
}
