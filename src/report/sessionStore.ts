// Session files on disk: read through the bounded reader, write atomically under a lock, never over a foreign file.
import type { Stepper } from '../engine/createStepper.js';
import type { Session } from '../engine/session.js';
import { rebuildSession, SESSION_FORMAT, SESSION_VERSION, serializeSession, sessionFormat } from '../engine/sessionFile.js';
import { checkOutput, openOutput } from '../files/checkOutput.js';
import type { OutputWriter } from '../files/outputWriter.js';
import { readVersionedJson } from '../files/readVersionedJson.js';

/** Reads a session file for this scenario. */
export function readSessionFile(path: string, stepper: Stepper): Session {
  return rebuildSession(readVersionedJson(path, sessionFormat(path, stepper)), path, stepper);
}

/** The rules a session file at an output path must meet to be replaced (see `checkOutput`). */
type SessionOutputOptions = { flag: string; inputs?: readonly (string | undefined)[]; overwrite?: boolean };

/**
 * Checks, before any work, that a session of `scenario` can be saved at `path`; the writer's `write` refuses a file
 * someone wrote or changed meanwhile (keeping the session beside, see `checkOutput`). Read a `--from` session after
 * this, so a save made by another process between the read and the save is never overwritten. No lock is held
 * during the work: a command stopped by a signal leaves none behind.
 */
export function checkSessionOutput(path: string, scenario: string, o: SessionOutputOptions): OutputWriter {
  return checkOutput(path, { ...o, format: SESSION_FORMAT, version: SESSION_VERSION, scenario });
}

/** Writes a session atomically under a lock; refuses to replace a file that is not a session of the same scenario unless `overwrite`. */
export function writeSessionFile(path: string, session: Session, o: { flag?: string; overwrite?: boolean } = {}): void {
  const output = openOutput(
    path,
    { format: SESSION_FORMAT, version: SESSION_VERSION, scenario: session.stepper.ir.id, flag: o.flag ?? 'save', ...(o.overwrite ? { overwrite: true } : {}) },
    'session',
  );
  try {
    output.write(serializeSession(session));
  } finally {
    output.release();
  }
}
