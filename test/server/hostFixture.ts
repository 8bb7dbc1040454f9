// A hosted harir-in-45 on loopback with a temporary transcript, for the seat tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { startExercise } from '../../src/exercise/exerciseRun.js';
import { type Desk, openDesk } from '../../src/exercise/seatDesk.js';
import { replayTranscript, writeTranscript } from '../../src/report/transcriptFile.js';
import { loadExercise } from '../../src/scenario/loadExercise.js';
import type { Schedule } from '../../src/server/listenForSeats.js';
import { createSeatCodes, type SeatCodes } from '../../src/server/seatCodes.js';
import { type ExerciseHost, startExerciseHost } from '../../src/server/startExerciseHost.js';

export const loaded = loadExercise('harir-in-45');
const stepper = createStepper(compileScenario(loaded.scenario));

/** The host's time, moved by hand: `advance` runs the host's timers (the hello deadline) that fall due. */
export type Clock = { t: number; advance(ms: number): void; pending(): number };

export type Hosted = { host: ExerciseHost; codes: SeatCodes; transcript: string; clock: Clock; problems: Error[] };

function handClock(): { clock: Clock; after: Schedule } {
  const timers = new Set<{ at: number; fn: () => void }>();
  const clock: Clock = {
    t: 1_000_000,
    advance(ms) {
      clock.t += ms;
      for (const timer of [...timers].sort((a, b) => a.at - b.at))
        if (timer.at <= clock.t) {
          timers.delete(timer);
          timer.fn();
        }
    },
    pending: () => timers.size,
  };
  const after: Schedule = (ms, fn) => {
    const timer = { at: clock.t + ms, fn };
    timers.add(timer);
    return () => timers.delete(timer);
  };
  return { clock, after };
}

/** Starts a host; `resumeFrom` restarts from an earlier host's transcript and codes; `lang` is the host's language (`--lang`). */
export async function hostHarir(
  resumeFrom?: Hosted,
  odds?: (d: Desk) => { id: string; p: number; lo: number; hi: number }[],
  port = 0,
  lang = 'en',
): Promise<Hosted> {
  const transcript = resumeFrom?.transcript ?? join(mkdtempSync(join(tmpdir(), 'seats-')), 'harir.transcript.json');
  const codes = resumeFrom?.codes ?? createSeatCodes(loaded.exercise.id, Object.keys(loaded.exercise.roles));
  const run = resumeFrom ? replayTranscript(transcript, loaded, stepper) : startExercise(loaded.exercise, stepper, 1);
  if (!resumeFrom) writeTranscript(transcript, loaded, run);
  const { clock, after } = handClock();
  const problems: Error[] = [];
  const host = await startExerciseHost(openDesk(run), {
    port,
    bind: '127.0.0.1',
    codes,
    lang,
    save: (r) => writeTranscript(transcript, loaded, r),
    now: () => clock.t,
    after,
    onProblem: (e) => problems.push(e),
    ...(odds ? { odds } : {}),
  });
  return { host, codes, transcript, clock, problems };
}
