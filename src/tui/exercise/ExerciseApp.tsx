// The facilitator's app: one hook holds the screen's state, every key goes through handleExerciseKey (none while the terminal is too small).
import { useApp } from 'ink';
import { useContext } from 'react';
import { type BidiMode, bidiModeOf, isRightToLeft } from '../bidi.js';
import { useKeyReducer } from '../hooks/use-key-reducer.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { ThemeContext } from '../theme.js';
import { ExerciseScreen, MIN_SIZE } from './ExerciseScreen.js';
import type { ExerciseDeps, ExerciseUi } from './exerciseUi.js';
import { handleExerciseKey } from './handleExerciseKey.js';

type Props = {
  readonly initial: ExerciseUi;
  readonly deps: ExerciseDeps;
  readonly size?: { readonly columns: number; readonly rows: number };
  /** How right-to-left lines are drawn; by default from STATECRAFT_BIDI and the terminal (docs/arabic.md). */
  readonly bidi?: BidiMode;
};

export function ExerciseApp({ initial, deps, size, bidi = bidiModeOf(process.env) }: Props) {
  const { exit } = useApp();
  const terminal = useTerminalSize();
  const { columns, rows } = size ?? terminal;
  const tooSmall = columns < MIN_SIZE.columns || rows < MIN_SIZE.rows;
  const ui = useKeyReducer(
    initial,
    (s, key) => handleExerciseKey(s, key, deps, tooSmall),
    (s) => s.quit,
    exit,
  );
  const theme = useContext(ThemeContext);
  return (
    <ThemeContext.Provider value={{ ...theme, visual: isRightToLeft(ui.lang) && bidi === 'visual' }}>
      <ExerciseScreen ui={ui} width={columns} height={rows} />
    </ThemeContext.Provider>
  );
}
