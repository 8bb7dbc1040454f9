// Writes an output checked before the work: under its lock, only if nobody changed it meanwhile, else the result is kept beside.
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { CatalogText } from '../core/errors.js';
import { UserError } from '../core/errors.js';
import type { ParamValue } from '../i18n/messages.js';
import { errorValue, msg, userError } from '../i18n/userError.js';
import { fileError } from './fileError.js';
import { type FileLock, lockFile, realTarget } from './lockFile.js';
import { assertReplaceable, writeFileAtomic } from './writeFileAtomic.js';
import { duringWrite } from './writeGuard.js';

/** An output path as it was when checked (or last written by this writer): its real target and that file's identity. */
type Seen = { readonly real: string; readonly id: string | null };

/** An output checked before the work, written at its end (or after every action, for a transcript). */
export type OutputWriter = {
  readonly path: string;
  /**
   * Writes `text` atomically under the file's lock, unless the file changed since it was checked or last written (a
   * file appeared, was edited or replaced, or the path now leads elsewhere): then nothing is replaced, `text` is kept
   * in a new file beside it (or in the temporary folder), and a user error says which. Any other failed write keeps
   * the text the same way.
   */
  readonly write: (text: string) => void;
  /** Releases the lock when it is held for the writer's whole life. */
  readonly release: () => void;
};

/**
 * A writer for `path`, remembering what is there now. With `hold`, a lock already taken on it, held until `release`
 * (a session read and saved by one command, a transcript); else the lock is taken for each write. Once a write was
 * refused, the later ones (a transcript's next actions) go on to the same kept file, each saying so again.
 */
export function outputWriter(path: string, what: string, hold: FileLock | null = null): OutputWriter {
  let seen = seeAt(path);
  let kept: Kept | null = null;
  const write = (text: string): void => {
    if (kept !== null && rewriteKept(kept, text)) throw userError('err.resultKept', { reason: kept.reason, kept: kept.shown, path });
    let lock: FileLock | null = null;
    try {
      if (hold) hold.assertHeld();
      else lock = lockFile(path, what);
      const now = seeAt(path);
      const change = changeSince(seen, now);
      if (change !== null) throw userError('err.outputChanged', { path, change });
      if (now.id !== null || !createNew(path, now.real, text)) writeFileAtomic(path, text);
      seen = seeAt(path);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      const elsewhere = keepElsewhere(path, text, errorValue(e));
      if ('why' in elsewhere) throw userError('err.resultLost', { reason: errorValue(e), why: elsewhere.why });
      kept = elsewhere;
      throw userError('err.resultKept', { reason: kept.reason, kept: kept.shown, path });
    } finally {
      lock?.release();
    }
  };
  return { path, write, release: () => hold?.release() };
}

/** Where a refused output's text went: the file, as shown, why, and what it was when written. */
type Kept = { readonly file: string; readonly shown: string; readonly reason: ParamValue; seen: Seen };

/** Writes `text` over the kept file again, if it is still as this writer left it; false otherwise (or on failure). */
function rewriteKept(kept: Kept, text: string): boolean {
  try {
    if (changeSince(kept.seen, seeAt(kept.file)) !== null) return false;
    writeFileAtomic(kept.file, text);
    kept.seen = seeAt(kept.file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates the missing file `real` whole, and only if no file appeared there even now: a temporary file, flushed, then
 * hard-linked to the name (which, unlike a rename, fails on a file in the way: then a user error). False where the
 * file system has no hard links (the caller writes it the usual way).
 */
function createNew(path: string, real: string, text: string): boolean {
  assertReplaceable(path);
  const tmp = tempBeside(dirname(real), basename(real));
  try {
    return duringWrite(() => {
      writeTemp(tmp, text, 0o666);
      try {
        linkSync(tmp, real);
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw userError('err.outputChanged', { path, change: msg('changed.appeared') });
        if (['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK'].includes(String((e as NodeJS.ErrnoException).code))) return false;
        throw e;
      }
    });
  } catch (e) {
    throw fileError(e, 'write', path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

function seeAt(path: string): Seen {
  const real = realTarget(path);
  try {
    const s = statSync(real);
    return { real, id: `${s.dev}:${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}` };
  } catch {
    return { real, id: null };
  }
}

/** What happened to the output since `before`, or null when nothing did (a file that vanished is no loss: it is written again). */
function changeSince(before: Seen, now: Seen): CatalogText | null {
  if (now.real !== before.real) return msg('changed.relinked', { target: now.real });
  if (now.id === null || now.id === before.id) return null;
  if (before.id === null) return emptyFile(now.real) ? null : msg('changed.appeared');
  return before.id.split(':').slice(0, 2).join(':') === now.id.split(':').slice(0, 2).join(':') ? msg('changed.modified') : msg('changed.replaced');
}

/** An empty file holds nothing to lose (e.g. one made with `touch` for the output meanwhile). */
function emptyFile(real: string): boolean {
  try {
    return statSync(real).size === 0;
  } catch {
    return false;
  }
}

/** Writes `text` to a new file beside `path` (else in the temporary folder); why not, when neither could be written. */
function keepElsewhere(path: string, text: string, reason: ParamValue): Kept | { readonly why: ParamValue } {
  const target = resolve(path);
  let why: ParamValue = '';
  for (const dir of [dirname(target), null]) {
    try {
      const file = writeNew(dir ?? mkdtempSync(join(tmpdir(), 'statecraft-kept-')), basename(target), text);
      // Shown as the user named the output (`late.kept-1.md` beside `late.md`), else in full.
      const shown = resolve(dirname(path)) === dirname(file) ? join(dirname(path), basename(file)) : file;
      return { file, shown, reason, seen: seeAt(file) };
    } catch (err) {
      why = errorValue(err);
    }
  }
  return { why };
}

/**
 * Writes `text` to `NAME.kept-N.EXT` in `dir`, at the first N free: through a temporary file hard-linked to the new
 * name, which fails rather than replace a file already there (so the new file appears whole, and never over another).
 */
function writeNew(dir: string, name: string, text: string): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  const tmp = tempBeside(dir, name);
  writeTemp(tmp, text, 0o644);
  try {
    for (let n = 1; ; n++) {
      const target = join(dir, `${stem}.kept-${n}${ext}`);
      try {
        linkSync(tmp, target);
        return target;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || n >= 1000) throw e;
      }
    }
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** A fresh temporary name in `dir` for a file to become `name`. */
const tempBeside = (dir: string, name: string) => join(dir, `.${name}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);

/** Writes `text` to the new file `tmp` (never over one) and flushes it to disk, so a name linked to it shows it whole. */
function writeTemp(tmp: string, text: string, mode: number): void {
  const fd = openSync(tmp, 'wx', mode);
  try {
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
