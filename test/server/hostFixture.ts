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
import { createSeatCodes, type SeatCodes } from '../../src/server/seatCodes.js';
import { type ExerciseHost, startExerciseHost } from '../../src/server/startExerciseHost.js';

export const loaded = loadExercise('harir-in-45');
const stepper = createStepper(compileScenario(loaded.scenario));

export type Hosted = { host: ExerciseHost; codes: SeatCodes; transcript: string; clock: { t: number } };

/** Starts a host; `resumeFrom` restarts from an earlier host's transcript and codes; `lang` is the host's language (`--lang`). */
export async function hostHarir(resumeFrom?: Hosted, odds?: (d: Desk) => { id: string; p: number }[], port = 0, lang = 'en'): Promise<Hosted> {
  const transcript = resumeFrom?.transcript ?? join(mkdtempSync(join(tmpdir(), 'seats-')), 'harir.transcript.json');
  const codes = resumeFrom?.codes ?? createSeatCodes(loaded.exercise.id, Object.keys(loaded.exercise.roles));
  const run = resumeFrom ? replayTranscript(transcript, loaded, stepper) : startExercise(loaded.exercise, stepper, 1);
  if (!resumeFrom) writeTranscript(transcript, loaded, run);
  const clock = { t: 1_000_000 };
  const host = await startExerciseHost(openDesk(run), {
    port,
    bind: '127.0.0.1',
    codes,
    lang,
    save: (r) => writeTranscript(transcript, loaded, r),
    now: () => clock.t,
    ...(odds ? { odds } : {}),
  });
  return { host, codes, transcript, clock };
}
