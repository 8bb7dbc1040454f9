// Exercise transcripts: versioned JSON of every entry, replayed on load, written under a lock in time that does not grow with re-reading.
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { UserError } from '../core/errors.js';
import type { Stepper } from '../engine/createStepper.js';
import { applyEntry, type ExerciseRun, startExercise } from '../exercise/exerciseRun.js';
import { openOutput } from '../files/checkOutput.js';
import { MAX_ITEMS } from '../files/limits.js';
import type { VersionedFormat } from '../files/parseVersionedJson.js';
import { readVersionedJson } from '../files/readVersionedJson.js';
import { type Entry, entrySchema } from '../scenario/exerciseEntry.js';
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

const TRANSCRIPT: VersionedFormat<TranscriptHeader> = {
  kind: 'transcript',
  noun: 'exercise transcript',
  format: TRANSCRIPT_FORMAT,
  version: TRANSCRIPT_VERSION,
  schema,
  precheck: (raw, file) => {
    const count = Array.isArray(raw.entries) ? raw.entries.length : 0;
    const limit = MAX_ITEMS.transcriptEntries.toLocaleString('en-US');
    if (count > MAX_ITEMS.transcriptEntries)
      throw new UserError(
        `${file}: the transcript holds ${count.toLocaleString('en-US')} entries, more than the limit of ${limit}`,
        `an exercise transcript holds at most ${limit} entries (docs/limits.md); the file was left untouched`,
      );
  },
};

/** The transcript text of a run. */
export function serializeTranscript(loaded: LoadedExercise, run: ExerciseRun): string {
  return createSerializer(loaded)(run);
}

/**
 * A serializer that remembers the text of each entry (entries are immutable), so saving after one more action
 * costs a concatenation, not a re-serialization. The bytes equal `JSON.stringify(file, null, 2)`.
 */
function createSerializer(loaded: LoadedExercise): (run: ExerciseRun) => string {
  const texts = new WeakMap<Entry, string>();
  const textOf = (entry: Entry): string => {
    let text = texts.get(entry);
    if (text === undefined) {
      text = `    ${JSON.stringify(entry, null, 2).replace(/\n/g, '\n    ')}`;
      texts.set(entry, text);
    }
    return text;
  };
  return (run) => {
    const head = JSON.stringify(
      {
        format: TRANSCRIPT_FORMAT,
        version: TRANSCRIPT_VERSION,
        exercise: { id: loaded.exercise.id, fingerprint: loaded.fingerprint, file: loaded.file },
        scenario: { id: run.session.stepper.ir.id, fingerprint: run.session.stepper.ir.fingerprint },
        seed: run.session.seed,
        entries: [],
      },
      null,
      2,
    );
    if (run.entries.length === 0) return `${head}\n`;
    return `${head.slice(0, -'[]\n}'.length)}[\n${run.entries.map(textOf).join(',\n')}\n  ]\n}\n`;
  };
}

/** Reads a transcript file (bounded), refusing anything that is not one this version reads. */
export function readTranscriptHeader(path: string): TranscriptHeader {
  return readVersionedJson(path, TRANSCRIPT);
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

/** A transcript open for writing: locked until closed, checked once, saved after every action. */
export type TranscriptWriter = {
  readonly path: string;
  /** Writes the run atomically; costs one serialization of the new entries and one write, never a re-read. */
  readonly save: (run: ExerciseRun) => void;
  readonly close: () => void;
};

/**
 * Locks the transcript (a second writer, e.g. a second `--resume`, is refused) and checks that it may be written:
 * an existing file must be a transcript of this exercise.
 */
export function openTranscriptWriter(path: string, loaded: LoadedExercise): TranscriptWriter {
  const output = openOutput(path, { flag: '--transcript', format: TRANSCRIPT_FORMAT, version: TRANSCRIPT_VERSION }, 'transcript');
  try {
    if (existsSync(path)) {
      const header = readTranscriptHeader(path);
      if (header.exercise.id !== loaded.exercise.id)
        throw new UserError(`refusing to overwrite ${path}: it is a transcript of exercise "${header.exercise.id}"`, 'choose another --transcript file');
    }
  } catch (e) {
    output.release();
    throw e;
  }
  const serialize = createSerializer(loaded);
  // Each save is refused (and the transcript kept beside) when the file was changed or swapped for a link since the last.
  return { path, save: (run) => output.write(serialize(run)), close: output.release };
}

/** Writes the transcript once (lock, check, write, unlock). */
export function writeTranscript(path: string, loaded: LoadedExercise, run: ExerciseRun): void {
  const writer = openTranscriptWriter(path, loaded);
  try {
    writer.save(run);
  } finally {
    writer.close();
  }
}
