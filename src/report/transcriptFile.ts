// Exercise transcripts: versioned JSON of every entry, replayed on load so nothing in a file is trusted blindly.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { UserError } from '../core/errors.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import type { Stepper } from '../engine/createStepper.js';
import { applyEntry, type ExerciseRun, startExercise } from '../exercise/exerciseRun.js';
import { entrySchema } from '../scenario/exerciseEntry.js';
import type { LoadedExercise } from '../scenario/loadExercise.js';

export const TRANSCRIPT_FORMAT = 'statecraft-exercise-transcript';
export const TRANSCRIPT_VERSION = 1;

const schema = z.strictObject({
  format: z.literal(TRANSCRIPT_FORMAT),
  version: z.literal(TRANSCRIPT_VERSION),
  exercise: z.strictObject({ id: z.string(), fingerprint: z.string(), file: z.string() }),
  scenario: z.strictObject({ id: z.string(), fingerprint: z.string() }),
  seed: z.number().int(),
  entries: z.array(entrySchema),
});

export type TranscriptHeader = z.infer<typeof schema>;

/** The transcript text of a run. */
export function serializeTranscript(loaded: LoadedExercise, run: ExerciseRun): string {
  const file: TranscriptHeader = {
    format: TRANSCRIPT_FORMAT,
    version: TRANSCRIPT_VERSION,
    exercise: { id: loaded.exercise.id, fingerprint: loaded.fingerprint, file: loaded.file },
    scenario: { id: run.session.stepper.ir.id, fingerprint: run.session.stepper.ir.fingerprint },
    seed: run.session.seed,
    entries: [...run.entries],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads the header of a transcript file, refusing anything that is not one this version reads. */
export function readTranscriptHeader(path: string): TranscriptHeader {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UserError(`${path}: not a transcript (${e instanceof SyntaxError ? 'invalid JSON' : 'cannot be read'})`, 'the file was left untouched');
  }
  const header = raw as { format?: unknown; version?: unknown };
  if (header?.format !== TRANSCRIPT_FORMAT)
    throw new UserError(`${path}: not a statecraft exercise transcript`, 'pass a transcript written by statecraft exercise');
  if (typeof header.version === 'number' && header.version > TRANSCRIPT_VERSION) {
    throw new UserError(
      `${path}: transcript version ${header.version} is newer than this statecraft reads (${TRANSCRIPT_VERSION})`,
      'upgrade statecraft; the file was left untouched',
    );
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new UserError(`${path}: corrupt transcript at ${parsed.error.issues[0]?.path.join('.') || 'top level'}`, 'the file was left untouched');
  return parsed.data;
}

/** Rebuilds a run from a transcript of this exercise. */
export function replayTranscript(path: string, loaded: LoadedExercise, stepper: Stepper): ExerciseRun {
  const header = readTranscriptHeader(path);
  if (header.exercise.id !== loaded.exercise.id)
    throw new UserError(
      `${path} is a transcript of exercise "${header.exercise.id}", not "${loaded.exercise.id}"`,
      'resume it with its own exercise; the file was left untouched',
    );
  if (header.exercise.fingerprint !== loaded.fingerprint || header.scenario.fingerprint !== stepper.ir.fingerprint) {
    throw new UserError(
      `${path}: the exercise or its scenario changed since this transcript was written`,
      'use the versions it was written with; the file was left untouched',
    );
  }
  let run = startExercise(loaded.exercise, stepper, header.seed);
  header.entries.forEach((entry, i) => {
    try {
      run = applyEntry(run, entry);
    } catch (e) {
      throw new UserError(
        `${path}: entry ${i + 1} (${entry.kind}) does not replay: ${e instanceof Error ? e.message : e}`,
        'the file is corrupt or was edited; it was left untouched',
      );
    }
  });
  return run;
}

/** Writes the transcript atomically; refuses to replace a file that is not a transcript of this exercise. */
export function writeTranscript(path: string, loaded: LoadedExercise, run: ExerciseRun): void {
  if (existsSync(path)) {
    const header = readTranscriptHeader(path);
    if (header.exercise.id !== loaded.exercise.id)
      throw new UserError(`refusing to overwrite ${path}: it is a transcript of exercise "${header.exercise.id}"`, 'choose another --transcript file');
  }
  writeFileAtomic(path, serializeTranscript(loaded, run));
}
