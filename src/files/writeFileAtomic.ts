// Writes a file so that readers see the old content or the new, never half of either; failures are user errors.
import { lstatSync, realpathSync, statSync } from 'node:fs';
import writeFileAtomicLib from 'write-file-atomic';
import { UserError } from '../core/errors.js';
import { fileError } from './fileError.js';
import { duringWrite } from './writeGuard.js';

/**
 * Writes `text` through a temporary file renamed over `path` (write-file-atomic: it follows a symlink to its
 * target, keeps the target's mode and owner, and removes the temporary file on failure or on a signal).
 * A folder, device or FIFO at `path` is refused; a failure becomes a user error with the path and the reason.
 */
export function writeFileAtomic(path: string, text: string): void {
  assertReplaceable(path);
  try {
    duringWrite(() => writeFileAtomicLib.sync(path, text));
  } catch (e) {
    throw fileError(e, 'write', path);
  }
}

/** Refuses a destination that exists and is not a regular file (after following symlinks). */
export function assertReplaceable(path: string): void {
  let target: ReturnType<typeof statSync> | undefined;
  try {
    target = statSync(path);
  } catch {
    // Nothing there yet, or a dangling symlink: the writer creates the file.
    if (isSymlink(path))
      throw new UserError(`cannot write ${path}: it is a symlink to a missing file (${safeRealpath(path)})`, 'remove the link or choose another path');
    return;
  }
  if (target.isDirectory()) throw new UserError(`cannot write ${path}: it is a folder`, 'give a file name, not a folder');
  if (!target.isFile()) throw new UserError(`cannot write ${path}: it is not a regular file (a device, FIFO or socket)`, 'choose another path');
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return 'dangling';
  }
}
