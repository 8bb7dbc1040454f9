// Opens the facilitator's terminal UI on an exercise run; the transcript is saved after every action.
import { render } from 'ink';
import { debriefCommandLine } from '../core/shellQuote.js';
import { createKernel } from '../engine/kernel/createKernel.js';
import type { ExerciseRun } from '../exercise/exerciseRun.js';
import { t, withoutIsolates } from '../i18n/messages.js';
import { ExerciseApp } from '../tui/exercise/ExerciseApp.js';
import { estimateOdds } from '../tui/exercise/estimateOdds.js';
import { type ExerciseDeps, initialExerciseUi } from '../tui/exercise/exerciseUi.js';
import { ThemeContext } from '../tui/theme.js';

/** Simulated endings behind the odds on screen: about 30 ms an action here, a ±2–3 pp interval. */
const ODDS_RUNS = 1000;

/** Resolves when the facilitator quits. The caller has checked for a terminal (exerciseCommand, before the transcript is begun). */
export async function exerciseTui(run: ExerciseRun, transcript: string, save: (run: ExerciseRun) => void, lang: string): Promise<number> {
  const color = !('NO_COLOR' in process.env) || process.env.NO_COLOR === '';
  const kernel = createKernel(run.session.stepper.ir);
  const deps: ExerciseDeps = { save, estimate: (r) => estimateOdds(kernel, r, ODDS_RUNS) };
  process.stdout.write('\x1b[?1049h\x1b[H');
  try {
    const app = render(
      <ThemeContext.Provider value={{ color }}>
        <ExerciseApp initial={initialExerciseUi(run, lang, transcript, deps)} deps={deps} />
      </ThemeContext.Provider>,
      { exitOnCtrlC: true, patchConsole: false, maxFps: 120 },
    );
    await app.waitUntilExit();
  } finally {
    process.stdout.write('\x1b[?1049l');
  }
  process.stdout.write(leavingLines(lang, transcript));
  return 0;
}

/** What the terminal keeps after the exercise screen closes, in the exercise's language: the transcript, the seat codes of a host, the debrief command. */
export function leavingLines(lang: string, transcript: string, codesFile?: string): string {
  const lines = [t(lang, 'x.transcript', { file: transcript })];
  if (codesFile !== undefined) lines.push(t(lang, 'host.seatCodes', { file: codesFile }));
  lines.push(t(lang, 'x.debrief', { command: debriefCommandLine(transcript) }));
  // No isolates: a command or path copied from the terminal must paste as written (as reportError prints).
  return `${withoutIsolates(lines.join('\n'))}\n`;
}
