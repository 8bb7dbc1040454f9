// Turns a file-system failure into a user error that names the path, the reason and the fix.
import { UserError } from '../core/errors.js';

const REASONS: Record<string, [string, string]> = {
  ENOENT: ['the folder does not exist', 'create the folder first, or choose another path'],
  ENOTDIR: ['a part of the path is not a folder', 'check the path'],
  EACCES: ['permission denied', 'choose a folder you can write to, or change its permissions'],
  EPERM: ['operation not permitted', 'choose a folder you can write to, or change its permissions'],
  EROFS: ['the file system is read-only', 'choose a writable folder'],
  ENOSPC: ['the disk is full', 'free some space or choose another disk'],
  EDQUOT: ['the disk quota is exceeded', 'free some space or choose another disk'],
  EISDIR: ['it is a folder', 'give a file name, not a folder'],
  EEXIST: ['a file is in the way', 'choose another path'],
  EFBIG: ['the file is too large for this file system', 'choose another disk'],
  EIO: ['an input/output error occurred', 'check the disk'],
};

/** Whether `e` is an error from the file system (it has an errno code). */
export function isFileSystemError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && (e as NodeJS.ErrnoException).code?.startsWith('E') === true;
}

/** A user error for a failed read or write of `path`; other errors pass through unchanged. */
export function fileError(e: unknown, verb: 'write' | 'read', path: string): unknown {
  if (!isFileSystemError(e)) return e;
  const code = e.code ?? 'EIO';
  const [reason, hint] = REASONS[code] ?? [e.message, 'check the path and permissions'];
  const shownReason = verb === 'read' && code === 'ENOENT' ? 'no such file' : reason;
  return new UserError(`cannot ${verb} ${path}: ${shownReason} (${code})`, verb === 'read' && code === 'ENOENT' ? 'check the path' : hint);
}
