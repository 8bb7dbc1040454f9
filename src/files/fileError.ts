// Turns a file-system failure into a user error that names the path, the reason and the fix.
import type { MessageId } from '../i18n/messages.js';
import { msg, userErrorWith } from '../i18n/userError.js';

/** Error codes the catalog words (`fs.CODE` and its hint `fs.CODE.hint`); another code shows the system's own message. */
const KNOWN = new Set(['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EISDIR', 'EEXIST', 'EFBIG', 'EIO']);

/** Whether `e` is an error from the file system (it has an errno code). */
export function isFileSystemError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && (e as NodeJS.ErrnoException).code?.startsWith('E') === true;
}

/** A user error for a failed read or write of `path`; other errors pass through unchanged. */
export function fileError(e: unknown, verb: 'write' | 'read', path: string): unknown {
  if (!isFileSystemError(e)) return e;
  const code = e.code ?? 'EIO';
  const id = verb === 'read' ? 'err.cannotRead' : 'err.cannotWrite';
  if (verb === 'read' && code === 'ENOENT') return userErrorWith(id, msg('err.fileNotFound.hint'), { path, reason: msg('fs.noSuchFile'), code });
  if (!KNOWN.has(code)) return userErrorWith(id, msg('fs.other.hint'), { path, reason: e.message, code });
  const reason = `fs.${code}` as MessageId;
  return userErrorWith(id, { id: `${reason}.hint`, params: {} }, { path, reason: { id: reason, params: {} }, code });
}
