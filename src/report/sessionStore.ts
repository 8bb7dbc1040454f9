// Session files on disk: read through the bounded reader, write atomically under a lock, never over a foreign file.
import type { Stepper } from '../engine/createStepper.js';
import type { Session } from '../engine/session.js';
import { rebuildSession, SESSION_FORMAT, SESSION_VERSION, serializeSession, sessionFormat } from '../engine/sessionFile.js';
import { openOutput } from '../files/checkOutput.js';
import type { OutputWriter } from '../files/outputWriter.js';
import { readVersionedJson } from '../files/readVersionedJson.js';

/** Reads a session file for this scenario. */
export function readSessionFile(path: string, stepper: Stepper): Session {
  return rebuildSession(readVersionedJson(path, sessionFormat(path, stepper)), path, stepper);
}

/** The rules a session file at an output path must meet to be replaced (see `checkOutput`). */
type SessionOutputOptions = { flag: string; inputs?: readonly (string | undefined)[]; overwrite?: boolean };

/**
 * Locks `path` and checks, before any work, that a session of `scenario` can be saved there; the writer holds the lock
 * until `release`, so a second writer is refused from the start, and its `write` refuses (keeping the session beside)
 * a file someone changed meanwhile. Read a `--from` session after this, so the lock spans the read and the save.
 */
export function openSessionOutput(path: string, scenario: string, o: SessionOutputOptions): OutputWriter {
  return openOutput(path, { ...o, format: SESSION_FORMAT, version: SESSION_VERSION, scenario }, 'session');
}

/** Writes a session atomically under a lock; refuses to replace a file that is not a session of the same scenario unless `overwrite`. */
export function writeSessionFile(path: string, session: Session, o: { flag?: string; overwrite?: boolean } = {}): void {
  const output = openSessionOutput(path, session.stepper.ir.id, { flag: o.flag ?? 'save', ...(o.overwrite ? { overwrite: true } : {}) });
  try {
    output.write(serializeSession(session));
  } finally {
    output.release();
  }
}
