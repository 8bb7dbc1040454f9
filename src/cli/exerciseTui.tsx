// Opens the facilitator's terminal UI on an exercise run; the transcript is saved after every action.
import { render } from 'ink';
import { UserError } from '../core/errors.js';
import type { ExerciseRun } from '../exercise/exerciseRun.js';
import { ExerciseApp } from '../tui/exercise/ExerciseApp.js';
import { ThemeContext } from '../tui/theme.js';

/** Resolves when the facilitator quits. */
export async function exerciseTui(run: ExerciseRun, transcript: string, save: (run: ExerciseRun) => void, lang: string): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UserError(
      'the facilitator screen needs an interactive terminal',
      `to play an exercise headless, give --script FILE (the transcript is ${transcript})`,
    );
  }
  const color = !('NO_COLOR' in process.env) || process.env.NO_COLOR === '';
  process.stdout.write('\x1b[?1049h\x1b[H');
  try {
    const app = render(
      <ThemeContext.Provider value={{ color }}>
        <ExerciseApp initial={{ run, form: null, status: { kind: 'info', text: `transcript: ${transcript}` }, quit: false, lang }} save={save} />
      </ThemeContext.Provider>,
      { exitOnCtrlC: true, patchConsole: false, maxFps: 120 },
    );
    await app.waitUntilExit();
  } finally {
    process.stdout.write('\x1b[?1049l');
  }
  process.stdout.write(`transcript: ${transcript}\ndebrief: statecraft debrief ${transcript}\n`);
  return 0;
}
