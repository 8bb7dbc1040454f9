// The one way statecraft reads an input file: regular files only, and never more than the limit for its kind.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from '../core/errors.js';
import { fileError } from './fileError.js';
import { type InputKind, MAX_BYTES } from './limits.js';

const CHUNK = 64 * 1024;

/**
 * Reads `path` as UTF-8. A folder, device, FIFO or socket is refused (a symlink is followed to its target),
 * and reading stops as soon as the file passes the limit for `kind`, whatever `stat` says about its size.
 */
export function readBounded(path: string, kind: InputKind, limit: number = MAX_BYTES[kind]): string {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError(`${kind} file not found: ${path}`, 'check the path');
    throw fileError(e, 'read', path);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UserError(`${path} is a folder, not ${a(kind)} file`, `give the path of ${a(kind)} file`);
    if (!stat.isFile())
      throw new UserError(`${path} is not a regular file (a device, FIFO or socket), so it is not read as ${a(kind)} file`, `give the path of ${a(kind)} file`);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      chunks.push(buffer.subarray(0, n));
      total += n;
      if (total > limit)
        throw new UserError(
          `${path}: the ${kind} file is larger than the limit of ${limit.toLocaleString('en-US')} bytes`,
          'see docs/limits.md; split the file or remove unused parts',
        );
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (e) {
    throw fileError(e, 'read', path);
  } finally {
    closeSync(fd);
  }
}

function a(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}
