// `statecraft play`: the interactive terminal UI on a scenario.
import { render } from 'ink';
import { UserError } from '../core/errors.js';
import { compileScenario } from '../engine/compileScenario.js';
import { createStepper } from '../engine/createStepper.js';
import { runScript } from '../engine/runScript.js';
import { type Session, startSession } from '../engine/session.js';
import { serializeSession } from '../engine/sessionFile.js';
import { readSessionFile, writeSessionFile } from '../report/sessionStore.js';
import { loadScenario } from '../scenario/loadScenario.js';
import { loadScript } from '../scenario/loadScript.js';
import { App } from '../tui/App.js';
import type { TuiIo } from '../tui/handleKey.js';
import { ThemeContext } from '../tui/theme.js';
import { initialUiState } from '../tui/uiState.js';
import { createWorkerOddsService } from '../workers/createWorkerOddsService.js';
import { parseInteger } from './parseNumber.js';

export type PlayOptions = { seed?: string; session?: string; script?: string; lang: string; odds: boolean };

/** Runs per live-odds refresh. */
export const LIVE_ODDS_RUNS = 10_000;

/** Opens the UI; resolves when the user quits. */
export async function playCommand(scenarioArg: string | undefined, o: PlayOptions): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UserError(
      'statecraft play needs an interactive terminal, and this input or output is not one',
      'for scripted or piped use, run "statecraft run" (e.g. statecraft run --steps "advance,isis_resurgence")',
    );
  }
  const checked = loadScenario(scenarioArg);
  const stepper = createStepper(compileScenario(checked));
  const seed = o.seed === undefined ? 1 : parseInteger('--seed', o.seed, 0, 2 ** 31 - 1);
  let session: Session = o.session ? readSessionFile(o.session, stepper) : startSession(stepper, seed);
  if (o.script) session = runScript(session, loadScript(o.script).steps).session;
  const io: TuiIo = {
    readSession: (path) => asUserError(() => readSessionFile(path, stepper)),
    writeSession: (path, s) => asUserError(() => writeSessionFile(path, s)),
  };
  const initial = initialUiState(session, o.lang, o.session ?? null, o.session ? serializeSession(session) : null, o.odds);
  const job = { scenarioFile: checked.source.file, scenarioText: checked.source.text, sets: [], forces: [], seed: session.seed, start: null };
  const odds = o.odds ? createWorkerOddsService(job, LIVE_ODDS_RUNS, session.seed) : undefined;
  const color = !('NO_COLOR' in process.env) || process.env.NO_COLOR === '';
  process.stdout.write('\x1b[?1049h\x1b[H');
  try {
    const app = render(
      <ThemeContext.Provider value={{ color }}>
        <App initial={initial} io={io} {...(odds ? { odds } : {})} />
      </ThemeContext.Provider>,
      { exitOnCtrlC: true, patchConsole: false, maxFps: 120 },
    );
    await app.waitUntilExit();
  } finally {
    odds?.close();
    process.stdout.write('\x1b[?1049l');
  }
  return 0;
}

/** File-system failures (a missing folder, no permission) become messages for the status line. */
function asUserError<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof UserError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (typeof err.code === 'string') throw new UserError(`${err.message}`, 'check the path and permissions');
    throw e;
  }
}
