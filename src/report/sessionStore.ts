// Session files on disk: read through the bounded reader, write atomically under a lock, never over a foreign file.
import type { Stepper } from '../engine/createStepper.js';
import type { Session } from '../engine/session.js';
import { rebuildSession, SESSION_FORMAT, SESSION_VERSION, serializeSession, sessionFormat } from '../engine/sessionFile.js';
import { checkOutput } from '../files/checkOutput.js';
import { withFileLock } from '../files/lockFile.js';
import { readVersionedJson } from '../files/readVersionedJson.js';
import { writeFileAtomic } from '../files/writeFileAtomic.js';

/** Reads a session file for this scenario. */
export function readSessionFile(path: string, stepper: Stepper): Session {
  return rebuildSession(readVersionedJson(path, sessionFormat(path, stepper)), path, stepper);
}

/** Checks, before any work, that a session of `scenario` can be saved at `path` (see `checkOutput`). */
export function checkSessionOutput(path: string, scenario: string, o: { flag: string; inputs?: readonly (string | undefined)[]; overwrite?: boolean }): void {
  checkOutput(path, { ...o, format: SESSION_FORMAT, version: SESSION_VERSION, scenario });
}

/** Writes a session atomically under a lock; refuses to replace a file that is not a session of the same scenario unless `overwrite`. */
export function writeSessionFile(path: string, session: Session, o: { flag?: string; overwrite?: boolean } = {}): void {
  withFileLock(path, 'session', () => {
    checkSessionOutput(path, session.stepper.ir.id, { flag: o.flag ?? 'save', ...(o.overwrite ? { overwrite: true } : {}) });
    writeFileAtomic(path, serializeSession(session));
  });
}
