// Session files on disk: read with refusal of anything corrupt, write atomically, never over a foreign file.
import { existsSync, readFileSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
import type { Stepper } from '../engine/createStepper.js';
import type { Session } from '../engine/session.js';
import { parseSession, SESSION_FORMAT, SESSION_VERSION, serializeSession } from '../engine/sessionFile.js';

/** Reads a session file for this scenario. */
export function readSessionFile(path: string, stepper: Stepper): Session {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UserError(`session file not found: ${path}`, 'check the path');
  }
  return parseSession(text, path, stepper);
}

/** Writes a session atomically; refuses to replace a file that is not a session this version can read. */
export function writeSessionFile(path: string, session: Session): void {
  if (existsSync(path)) {
    let header: { format?: unknown; version?: unknown } | null = null;
    try {
      header = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      header = null;
    }
    if (header?.format !== SESSION_FORMAT) {
      throw new UserError(`refusing to overwrite ${path}: it is not a statecraft session file`, 'save under another name');
    }
    if (typeof header.version !== 'number' || header.version > SESSION_VERSION) {
      throw new UserError(`refusing to overwrite ${path}: it was written by a newer statecraft`, 'save under another name');
    }
  }
  writeFileAtomic(path, serializeSession(session));
}
