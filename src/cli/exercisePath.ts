// Where a transcript says its exercise file is: recorded relative to the transcript's folder, found again by debrief.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../core/errors.js';
import { EXERCISE_DIR, listExerciseNames } from '../scenario/loadExercise.js';

/**
 * The exercise path a transcript at `transcript` records for the exercise file `file` (as `loadExercise` gave it,
 * relative to the working folder). A shipped exercise keeps its path (it is found again by its id); any other is
 * recorded relative to the transcript's folder and always as a path (`./q.debrief.md`), never as a bare name that
 * `loadExercise` would take for a shipped exercise's id.
 */
export function recordedExercisePath(file: string, transcript: string): string {
  if (isShipped(file)) return file;
  const rel = relative(dirname(resolve(transcript)), resolve(file)) || resolve(file);
  return isAbsolute(rel) || rel.includes(sep) || rel.includes('/') ? rel : `./${rel}`;
}

/**
 * What to pass to `loadExercise` for the exercise a transcript names: its file relative to the transcript's folder
 * (what `exercise` records), else relative to the working folder (older transcripts), else the shipped exercise of its id.
 */
export function exerciseOfTranscript(header: { exercise: { id: string; file: string } }, transcript: string): string {
  const { id, file } = header.exercise;
  for (const candidate of [resolve(dirname(transcript), file), resolve(file)]) if (existsSync(candidate)) return candidate;
  if (listExerciseNames().includes(id)) return id;
  throw new UserError(
    `${transcript}: its exercise file ${file} was not found (looked beside the transcript: ${resolve(dirname(transcript), file)})`,
    'put the exercise file back where it was, relative to the transcript, and run debrief again',
  );
}

function isShipped(file: string): boolean {
  try {
    return realpathSync(file).startsWith(realpathSync(EXERCISE_DIR) + sep);
  } catch {
    return false;
  }
}
