// `statecraft exercise … --host`: serves the seats and opens the facilitator's screen over the host's run.
import { render } from 'ink';
import { createKernel } from '../engine/kernel/createKernel.js';
import type { ExerciseRun } from '../exercise/exerciseRun.js';
import { openDesk } from '../exercise/seatDesk.js';
import { t } from '../i18n/messages.js';
import { userError } from '../i18n/userError.js';
import { textOf } from '../report/textOf.js';
import type { LoadedExercise } from '../scenario/loadExercise.js';
import { createSeatCodes, readSeatCodes, type SeatCodes, seatCodesPath, writeSeatCodes } from '../server/seatCodes.js';
import { type ExerciseHost, startExerciseHost } from '../server/startExerciseHost.js';
import { estimateOdds } from '../tui/exercise/estimateOdds.js';
import { initialExerciseUi } from '../tui/exercise/exerciseUi.js';
import { HostApp } from '../tui/host/HostApp.js';
import { ThemeContext } from '../tui/theme.js';
import { leavingLines } from './exerciseTui.js';

/** Runs behind the odds the facilitator shows the seats. */
const SEAT_ODDS_RUNS = 1000;

export type HostOptions = { readonly port: number; readonly bind: string; readonly resume: boolean; readonly lang: string };

/** The join command of every seat, for the facilitator to hand out (never on the projector). */
export function joinLines(loaded: LoadedExercise, codes: SeatCodes, address: string, lang: string): string[] {
  return [
    ...Object.entries(codes.roles).flatMap(([role, code]) => [
      `${textOf(loaded.exercise.roles[role]?.label, lang, role)} (${role}):`,
      `  statecraft join ${address} --code ${code}`,
    ]),
    t(lang, 'host.observer'),
    `  statecraft join ${address} --code ${codes.watch} --watch`,
  ];
}

/** Starts the host, then the facilitator's screen; resolves when the facilitator quits. */
export async function hostExercise(
  loaded: LoadedExercise,
  run: ExerciseRun,
  transcript: string,
  save: (run: ExerciseRun) => void,
  o: HostOptions,
): Promise<number> {
  const codesFile = seatCodesPath(transcript);
  const codes = o.resume ? readSeatCodes(codesFile, loaded.exercise.id) : createSeatCodes(loaded.exercise.id, Object.keys(loaded.exercise.roles));
  if (!o.resume) writeSeatCodes(codesFile, codes);
  const kernel = createKernel(run.session.stepper.ir);
  let host: ExerciseHost;
  try {
    host = await startExerciseHost(openDesk(run), {
      port: o.port,
      bind: o.bind,
      codes,
      lang: o.lang,
      save,
      odds: (desk) => estimateOdds(kernel, desk.run, SEAT_ODDS_RUNS).items,
    });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw userError('err.portInUse', { port: String(o.port), bind: o.bind });
    if (code === 'EADDRNOTAVAIL' || code === 'EACCES') throw userError('err.cannotListen', { bind: o.bind, port: String(o.port), code: String(code) });
    throw e;
  }
  const address = `${o.bind.includes(':') ? `[${o.bind}]` : o.bind}:${host.port}`;
  const seatLines = [t(o.lang, 'host.codesTitle'), '', ...joinLines(loaded, codes, address, o.lang), '', t(o.lang, 'host.codesKept', { file: codesFile })];
  const estimate = (r: ExerciseRun) => estimateOdds(kernel, r, 1000);
  const color = !('NO_COLOR' in process.env) || process.env.NO_COLOR === '';
  process.stdout.write('\x1b[?1049h\x1b[H');
  try {
    const app = render(
      <ThemeContext.Provider value={{ color }}>
        <HostApp
          host={host}
          seatLines={seatLines}
          estimate={estimate}
          initial={{
            ...initialExerciseUi(host.desk().run, o.lang, transcript, { save: () => {}, estimate }),
            status: { kind: 'info', text: t(o.lang, 'host.hosting', { address }) },
          }}
        />
      </ThemeContext.Provider>,
      { exitOnCtrlC: true, patchConsole: false, maxFps: 120 },
    );
    await app.waitUntilExit();
  } finally {
    process.stdout.write('\x1b[?1049l');
    await host.close();
  }
  process.stdout.write(leavingLines(o.lang, transcript, codesFile));
  return 0;
}
