// `statecraft play`: the interactive terminal UI on a scenario.
import { render } from 'ink';
import { UserError } from '../core/errors.js';
import { compileScenario } from '../engine/compileScenario.js';
import { createStepper } from '../engine/createStepper.js';
import { runScript } from '../engine/runScript.js';
import { type Session, startSession } from '../engine/session.js';
import { serializeSession } from '../engine/sessionFile.js';
import { findRecovery, recoveryDir, recoveryPath, removeRecovery, writeRecovery } from '../report/recoveryStore.js';
import { readSessionFile, writeSessionFile } from '../report/sessionStore.js';
import { loadScenario } from '../scenario/loadScenario.js';
import { loadScript } from '../scenario/loadScript.js';
import { App } from '../tui/App.js';
import type { AppIo } from '../tui/handleAppKey.js';
import type { Recovery } from '../tui/hooks/use-autosave.js';
import type { Signals } from '../tui/hooks/use-session.js';
import { ThemeContext } from '../tui/theme.js';
import { initialUiState, type UiState } from '../tui/uiState.js';
import { createWorkerOddsService } from '../workers/createWorkerOddsService.js';
import type { OddsService } from '../workers/oddsService.js';
import { assertLanguage } from './assertLanguage.js';
import { openSession, replayReport } from './openSession.js';
import { parseInteger } from './parseNumber.js';

export type PlayOptions = { seed?: string; session?: string; script?: string; lang: string; odds: boolean; replay?: boolean };

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
  assertLanguage(stepper.ir, o.lang);
  const seed = o.seed === undefined ? 1 : parseInteger('--seed', o.seed, 0, 2 ** 31 - 1);
  const opened = o.session ? openSession(o.session, stepper, o.replay === true) : null;
  let session: Session = opened?.session ?? startSession(stepper, seed);
  if (o.script) session = runScript(session, loadScript(o.script).steps).session;
  const dir = recoveryDir();
  const io: AppIo = {
    readSession: (path) => asUserError(() => readSessionFile(path, stepper)),
    writeSession: (path, s) => asUserError(() => writeSessionFile(path, s)),
    removeRecovery,
  };
  const replayed =
    opened?.replay && o.session
      ? { kind: 'notice' as const, title: 'SESSION REPLAYED ON THE CHANGED SCENARIO', lines: replayReport(o.session, opened.replay) }
      : null;
  const clean = o.session && !replayed ? serializeSession(session) : null;
  const start = initialUiState(session, o.lang, replayed ? null : (o.session ?? null), clean, o.odds);
  const found = findRecovery(dir, stepper);
  const initial: UiState = found
    ? { ...start, mode: { kind: 'restore', recovered: found.session, from: { file: found.file, savedAt: found.savedAt }, sessionPath: found.sessionPath } }
    : replayed
      ? { ...start, mode: replayed }
      : start;
  const own = recoveryPath(dir, stepper.ir.id);
  const recovery: Recovery = {
    save: (s, sessionPath) => writeRecovery(own, s, sessionPath, new Date().toISOString()),
    clear: () => removeRecovery(own),
  };
  const job = { scenarioFile: checked.source.file, scenarioText: checked.source.text, sets: [], forces: [], seed: session.seed, start: null };
  let odds: OddsService | undefined;
  const startOdds = () => {
    odds = createWorkerOddsService(job, LIVE_ODDS_RUNS, session.seed);
    return odds;
  };
  const listeners = new Set<(name: string) => void>();
  const onSignal = (name: string) => () => {
    for (const l of listeners) l(name);
  };
  const signals: Signals = (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const onTerm = onSignal('SIGTERM');
  process.on('SIGTERM', onTerm);
  const color = !('NO_COLOR' in process.env) || process.env.NO_COLOR === '';
  process.stdout.write('\x1b[?1049h\x1b[H');
  try {
    const app = render(
      <ThemeContext.Provider value={{ color }}>
        <App initial={initial} io={io} recovery={recovery} signals={signals} {...(o.odds ? { startOdds } : {})} />
      </ThemeContext.Provider>,
      { exitOnCtrlC: false, patchConsole: false, maxFps: 120 },
    );
    await app.waitUntilExit();
  } finally {
    process.off('SIGTERM', onTerm);
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
