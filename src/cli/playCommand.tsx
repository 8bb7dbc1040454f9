// `statecraft play`: the interactive terminal UI on a scenario.
import { render } from 'ink';
import { UserError } from '../core/errors.js';
import { compileScenario } from '../engine/compileScenario.js';
import { createStepper } from '../engine/createStepper.js';
import { runScript } from '../engine/runScript.js';
import { type Session, startSession } from '../engine/session.js';
import { serializeSession } from '../engine/sessionFile.js';
import type { OutputWriter } from '../files/outputWriter.js';
import { userError } from '../i18n/userError.js';
import { recoveryDir, removeRecovery } from '../report/recoveryStore.js';
import { checkSessionOutput, readSessionFile } from '../report/sessionStore.js';
import { loadScenario } from '../scenario/loadScenario.js';
import { loadScript } from '../scenario/loadScript.js';
import { App } from '../tui/App.js';
import type { AppIo } from '../tui/handleAppKey.js';
import { serializedText } from '../tui/savedSession.js';
import { ThemeContext } from '../tui/theme.js';
import { initialUiState } from '../tui/uiState.js';
import { createWorkerOddsService } from '../workers/createWorkerOddsService.js';
import { createWorkerSignpostsService } from '../workers/createWorkerSignpostsService.js';
import type { OddsService } from '../workers/oddsService.js';
import { assertLanguage } from './assertLanguage.js';
import { openSession } from './openSession.js';
import { parseInteger } from './parseNumber.js';
import { firstScreen, recoveryFile, stopSignals } from './playStart.js';

export type PlayOptions = { seed?: string; session?: string; script?: string; lang: string; odds: boolean; replay?: boolean };

/** Runs per live-odds refresh. */
export const LIVE_ODDS_RUNS = 10_000;
/** Runs behind the signposts overlay (as statecraft signposts). */
export const SIGNPOSTS_RUNS = 20_000;

/** Opens the UI; resolves when the user quits. */
export async function playCommand(scenarioArg: string | undefined, o: PlayOptions): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw userError('err.playTty');
  }
  const checked = loadScenario(scenarioArg);
  const stepper = createStepper(compileScenario(checked));
  assertLanguage(stepper.ir, o.lang);
  const seed = o.seed === undefined ? 1 : parseInteger('--seed', o.seed, 0, 2 ** 31 - 1);
  const opened = o.session ? openSession(o.session, stepper, o.replay === true, scenarioArg) : null;
  let session: Session = opened?.session ?? startSession(stepper, seed);
  if (o.script) session = runScript(session, loadScript(o.script).steps).session;
  const dir = recoveryDir();
  // A session file as it was when opened or last saved here: a save refuses one another process wrote meanwhile (kept beside).
  const writers = new Map<string, OutputWriter>();
  const writerOf = (path: string) => writers.get(path) ?? checkSessionOutput(path, stepper.ir.id, { flag: 'save' });
  if (o.session && !opened?.replay) writers.set(o.session, writerOf(o.session));
  const io: AppIo = {
    readSession: (path) =>
      asUserError(() => {
        const read = readSessionFile(path, stepper);
        writers.set(path, checkSessionOutput(path, stepper.ir.id, { flag: 'save' }));
        return read;
      }),
    writeSession: (path, s) =>
      asUserError(() => {
        const writer = writerOf(path);
        writers.set(path, writer);
        writer.write(serializeSession(s));
      }),
    removeRecovery,
  };
  const replay = opened?.replay && o.session ? { path: o.session, replay: opened.replay } : null;
  const clean = o.session && !replay ? serializedText(session) : null;
  const initial = firstScreen(initialUiState(session, o.lang, replay ? null : (o.session ?? null), clean, o.odds), dir, stepper, replay);
  const recovery = recoveryFile(dir, stepper.ir.id);
  const job = { scenarioFile: checked.source.file, scenarioText: checked.source.text, sets: [], forces: [], seed: session.seed, start: null };
  let odds: OddsService | undefined;
  const startOdds = () => {
    odds = createWorkerOddsService(job, LIVE_ODDS_RUNS, session.seed);
    return odds;
  };
  // The trend's second odds worker starts only when a step was passed over (fast keys, an opened session).
  const backfill = () => createWorkerOddsService(job, LIVE_ODDS_RUNS, session.seed);
  // Its worker thread starts only when the signposts overlay first opens.
  const signposts = createWorkerSignpostsService(job, SIGNPOSTS_RUNS, session.seed);
  const { signals, dispose } = stopSignals();
  const color = !('NO_COLOR' in process.env) || process.env.NO_COLOR === '';
  process.stdout.write('\x1b[?1049h\x1b[H');
  try {
    const app = render(
      <ThemeContext.Provider value={{ color }}>
        <App initial={initial} io={io} recovery={recovery} signals={signals} {...(o.odds ? { startOdds, signposts, backfill } : {})} />
      </ThemeContext.Provider>,
      { exitOnCtrlC: false, patchConsole: false, maxFps: 120 },
    );
    await app.waitUntilExit();
  } finally {
    dispose();
    odds?.close();
    signposts.close();
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
    if (typeof err.code === 'string') throw userError('err.fileSystem', { reason: err.message });
    throw e;
  }
}
