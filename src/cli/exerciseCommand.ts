// `statecraft exercise`: runs a teaching exercise, by script (headless) or in the facilitator's terminal UI.
import { existsSync } from 'node:fs';
import { UsageError, UserError } from '../core/errors.js';
import { formatMonth } from '../core/month.js';
import { debriefCommandLine } from '../core/shellQuote.js';
import { compileScenario } from '../engine/compileScenario.js';
import { createStepper, outcomeStatus } from '../engine/createStepper.js';
import { applyEntry, type ExerciseRun, startExercise } from '../exercise/exerciseRun.js';
import { checkOutput } from '../files/checkOutput.js';
import { userError } from '../i18n/userError.js';
import { openTranscriptWriter, replayTranscript } from '../report/transcriptFile.js';
import { loadExercise } from '../scenario/loadExercise.js';
import { loadExerciseScript } from '../scenario/loadExerciseScript.js';
import { seatCodesPath } from '../server/seatCodes.js';
import { assertLanguage } from './assertLanguage.js';
import { recordedExercisePath } from './exercisePath.js';
import { parseInteger } from './parseNumber.js';

export type ExerciseOptions = {
  script?: string;
  transcript?: string;
  resume?: boolean;
  seed?: string;
  lang: string;
  host?: boolean;
  port?: string;
  bind?: string;
};

/** Loads or resumes the run; a script plays headless, else the facilitator UI opens. The transcript stays locked meanwhile. */
export async function exerciseCommand(file: string, o: ExerciseOptions, write: (s: string) => void): Promise<number> {
  if (o.host && o.script) throw new UsageError('--host and --script do not go together', 'a scripted rehearsal runs without seats; leave out --host');
  if (!o.host && (o.port !== undefined || o.bind !== undefined)) throw new UsageError('--port and --bind need --host', 'add --host to serve the seats');
  const loaded = loadExercise(file);
  const stepper = createStepper(compileScenario(loaded.scenario));
  assertLanguage(stepper.ir, o.lang);
  const transcript = o.transcript ?? `${loaded.exercise.id}.transcript.json`;
  const script = o.script ? loadExerciseScript(o.script) : null;
  // Before the transcript is begun, so a refused start leaves nothing behind: the facilitator's screen and the host need a terminal.
  if (!script && (!process.stdin.isTTY || !process.stdout.isTTY)) throw o.host ? userError('err.hostTty') : userError('err.facilitatorTty', { transcript });
  if (o.host) {
    // A host replaces only an earlier exercise's seat codes, never another file.
    if (!o.resume) checkOutput(seatCodesPath(transcript), { flag: '--transcript', format: 'statecraft-seat-codes', version: 1 });
  }
  // The transcript records the exercise file relative to its own folder, so `debrief` finds it from anywhere.
  const writer = openTranscriptWriter(transcript, { ...loaded, file: recordedExercisePath(loaded.file, transcript) });
  try {
    let run: ExerciseRun;
    if (o.resume) {
      if (!existsSync(transcript)) throw new UserError(`no transcript to resume at ${transcript}`, 'give --transcript FILE, or start without --resume');
      run = replayTranscript(transcript, loaded, stepper);
    } else {
      if (existsSync(transcript))
        throw new UserError(`a transcript already exists at ${transcript}`, 'continue it with --resume, or start a new one with --transcript NEW.json');
      run = startExercise(loaded.exercise, stepper, o.seed === undefined ? 1 : parseInteger('--seed', o.seed, 0, 2 ** 31 - 1));
      writer.save(run);
    }
    if (script) {
      for (const { entry, where } of script) {
        try {
          run = applyEntry(run, entry);
        } catch (e) {
          if (e instanceof UserError) throw new UserError(`${where}: ${e.message}`, e.hint);
          throw e;
        }
        writer.save(run);
        // Let timers (the lock's refresh) and signals run between entries.
        await new Promise((resolve) => setImmediate(resolve));
      }
      const w = run.session.cursor.world;
      write(
        `${loaded.exercise.id}: ${run.entries.length} entries, now ${formatMonth(stepper.ir.start + w.month)}, outcome ${outcomeStatus(w)}\ntranscript: ${transcript}\ndebrief: ${debriefCommandLine(transcript)}\n`,
      );
      return 0;
    }
    if (o.host) {
      const { hostExercise } = await import('./hostExercise.js');
      const port = o.port === undefined ? 7420 : parseInteger('--port', o.port, 0, 65535);
      return await hostExercise(loaded, run, transcript, writer.save, { port, bind: o.bind ?? '127.0.0.1', resume: o.resume === true, lang: o.lang });
    }
    const { exerciseTui } = await import('./exerciseTui.js');
    return await exerciseTui(run, transcript, writer.save, o.lang);
  } finally {
    writer.close();
  }
}
