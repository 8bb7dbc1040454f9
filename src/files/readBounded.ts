// The one way statecraft reads an input file: regular files only, and never more than the limit for its kind.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { CatalogText } from '../core/errors.js';
import { msg, userError } from '../i18n/userError.js';
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
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw userError('err.fileNotFound', { file: FILE[kind], path });
    throw fileError(e, 'read', path);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw userError('err.readFolder', { path, file: A_FILE[kind] });
    if (!stat.isFile()) throw userError('err.readNotRegular', { path, file: A_FILE[kind] });
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
      const n = readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) break;
      chunks.push(buffer.subarray(0, n));
      total += n;
      if (total > limit) throw userError('err.tooLarge', { path, file: FILE[kind], limit });
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (e) {
    throw fileError(e, 'read', path);
  } finally {
    closeSync(fd);
  }
}

/** Each kind of input file, named as in "session file not found". */
const FILE: Readonly<Record<InputKind, CatalogText>> = {
  scenario: msg('file.scenario'),
  exercise: msg('file.exercise'),
  script: msg('file.script'),
  session: msg('file.session'),
  transcript: msg('file.transcript'),
  shard: msg('file.shard'),
  'seat codes': msg('file.seatCodes'),
};

/** Each kind of input file with its article, as in "not a session file". */
const A_FILE: Readonly<Record<InputKind, CatalogText>> = {
  scenario: msg('file.aScenario'),
  exercise: msg('file.anExercise'),
  script: msg('file.aScript'),
  session: msg('file.aSession'),
  transcript: msg('file.aTranscript'),
  shard: msg('file.aShard'),
  'seat codes': msg('file.aSeatCodes'),
};
