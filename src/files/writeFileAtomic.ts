// Writes a file so that readers see the old content or the new, never half of either; failures are user errors.
import { lstatSync, realpathSync, statSync } from 'node:fs';
import writeFileAtomicLib from 'write-file-atomic';
import { userError } from '../i18n/userError.js';
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

/** Refuses a destination that exists and is not a writable regular file (after following symlinks): a folder, a device, a file no one may write. */
export function assertReplaceable(path: string): void {
  let target: ReturnType<typeof statSync> | undefined;
  try {
    target = statSync(path);
  } catch {
    // Nothing there yet, or a dangling symlink: the writer creates the file.
    if (isSymlink(path)) throw userError('err.danglingLink', { path, target: safeRealpath(path) });
    return;
  }
  if (target.isDirectory()) throw userError('err.writeFolder', { path });
  if (!target.isFile()) throw userError('err.writeNotRegular', { path });
  // The mode bits, not access(): root may write anything, and the atomic rename would replace a read-only file silently.
  if ((target.mode & 0o222) === 0) throw userError('err.writeReadOnly', { path, mode: (target.mode & 0o7777).toString(8).padStart(4, '0') });
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
