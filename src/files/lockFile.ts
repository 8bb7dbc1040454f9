// Advisory locks on files being written (sessions, transcripts), so a second writer is refused instead of losing entries.
import { lstatSync, mkdirSync, readlinkSync, realpathSync, type Stats, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import type { CatalogText } from '../core/errors.js';
import { msg, userError } from '../i18n/userError.js';
import { fileError } from './fileError.js';

/** A lock older than this (its holder stopped refreshing it, e.g. killed) is taken over. */
export const LOCK_STALE_MS = 10_000;

/** What a lock protects, named for the message (`session`, `transcript`); another word is shown as given. */
const WHAT: Readonly<Record<string, CatalogText>> = {
  session: msg('noun.session'),
  transcript: msg('noun.transcript'),
  output: msg('noun.output'),
};

/** A held lock. */
export type FileLock = {
  /** Throws a user error when another process took the lock over (it looked stale), so a write would race. */
  readonly assertHeld: () => void;
  readonly release: () => void;
};

/**
 * Locks `path` for writing (a `REAL.lock` folder beside the real file, refreshed while the process runs and removed
 * on exit). The lock is keyed on the real path, so a second writer reaching the same file through a symlink,
 * `./x` or `../d/x` gets a user error naming the file; a file with several hard links is also locked by its inode.
 */
export function lockFile(path: string, what: string): FileLock {
  const real = realTarget(path);
  // Loaded on first use: proper-lockfile installs signal handlers when loaded, and a handler waits for the event
  // loop, so a command busy computing would no longer stop at once on Ctrl+C.
  const lockfile = createRequire(import.meta.url)('proper-lockfile') as typeof import('proper-lockfile');
  let compromised: Error | null = null;
  // proper-lockfile keeps its locks by file, so each lock gets its own: the real file, or the inode lock itself.
  const take = (file: string, lockPath: string): (() => void) => {
    try {
      return lockfile.lockSync(file, { realpath: false, lockfilePath: lockPath, stale: LOCK_STALE_MS, onCompromised: (e) => (compromised = e) });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw fileError(e, 'write', path);
      const noun = (Object.hasOwn(WHAT, what) ? WHAT[what] : undefined) ?? what;
      throw userError('err.locked', { path, what: noun, lock: lockPath, seconds: LOCK_STALE_MS / 1000 });
    }
  };
  const releases = [take(real, `${real}.lock`)];
  const byInode = inodeLockPath(real, path);
  try {
    if (byInode !== null) releases.push(take(byInode, byInode));
  } catch (e) {
    releases[0]?.();
    throw e;
  }
  let held = true;
  return {
    assertHeld: () => {
      if (compromised) throw userError('err.lockLost', { path, reason: (compromised as Error).message });
    },
    release: () => {
      if (!held) return;
      held = false;
      for (const release of releases) {
        try {
          release();
        } catch {
          // Already released or taken over: nothing to undo.
        }
      }
    },
  };
}

/**
 * For a file with several hard links (which a symlink-free path cannot tell apart), a lock keyed on its device and
 * inode in this user's private lock folder (see {@link privateLockFolder}); null for an ordinary or missing file.
 */
function inodeLockPath(real: string, path: string): string | null {
  let stat: Stats;
  try {
    stat = statSync(real);
  } catch {
    return null;
  }
  if (!stat.isFile() || stat.nlink < 2) return null;
  return join(privateLockFolder(path), `${stat.dev}-${stat.ino}.lock`);
}

/**
 * `statecraft-locks-UID` in the temporary folder, made with mode 0700. It must be a real folder (not a symlink), owned
 * by this user and closed to others; anything else is a user error naming it (and `path`, the file to lock), never a
 * lock silently skipped.
 */
function privateLockFolder(path: string): string {
  const uid = process.getuid?.();
  const dir = join(tmpdir(), `statecraft-locks-${uid ?? userInfo().username}`);
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw fileError(e, 'write', dir);
  }
  const stat = lstatSync(dir);
  const problem = stat.isSymbolicLink()
    ? msg('lockFolder.link')
    : !stat.isDirectory()
      ? msg('lockFolder.notDir')
      : uid !== undefined && stat.uid !== uid
        ? msg('lockFolder.owner', { owner: stat.uid })
        : uid !== undefined && (stat.mode & 0o077) !== 0
          ? msg('lockFolder.mode', { mode: (stat.mode & 0o777).toString(8).padStart(4, '0') })
          : null;
  if (problem !== null) throw userError('err.lockFolder', { path, dir, problem });
  return dir;
}

/**
 * The real path a write of `path` lands on, whether or not the file exists yet: a symlink is followed (also one to
 * a missing file, which the writer would create), and the folder's real path is joined with the name.
 */
export function realTarget(path: string): string {
  let at = resolve(path);
  for (let hops = 0; hops < 40; hops++) {
    try {
      return realpathSync(at);
    } catch {
      // Missing, or a symlink to something missing: follow the link by hand, else resolve the folder.
    }
    let link: string | null = null;
    try {
      if (lstatSync(at).isSymbolicLink()) link = readlinkSync(at);
    } catch {
      link = null;
    }
    if (link === null) return join(realFolder(dirname(at)), basename(at));
    at = resolve(dirname(at), link);
  }
  return at;
}

/** The real path of a folder; a missing one is resolved from its nearest existing parent. */
function realFolder(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    const parent = dirname(dir);
    return parent === dir ? dir : join(realFolder(parent), basename(dir));
  }
}

/** Runs `f` while holding the lock on `path`. */
export function withFileLock<T>(path: string, what: string, f: () => T): T {
  const lock = lockFile(path, what);
  try {
    return f();
  } finally {
    lock.release();
  }
}
