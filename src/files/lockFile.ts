// Advisory locks on files being written (sessions, transcripts), so a second writer is refused instead of losing entries.
import { createRequire } from 'node:module';
import type { CatalogText } from '../core/errors.js';
import { msg, userError } from '../i18n/userError.js';
import { fileError } from './fileError.js';

/** A lock older than this (its holder stopped refreshing it, e.g. killed) is taken over. */
export const LOCK_STALE_MS = 10_000;

/** What a lock protects, named for the message (`session`, `transcript`); another word is shown as given. */
const WHAT: Readonly<Record<string, CatalogText>> = { session: msg('noun.session'), transcript: msg('noun.transcript') };

/** A held lock. */
export type FileLock = {
  /** Throws a user error when another process took the lock over (it looked stale), so a write would race. */
  readonly assertHeld: () => void;
  readonly release: () => void;
};

/**
 * Locks `path` for writing (a `PATH.lock` folder beside it, refreshed while the process runs and removed on exit).
 * A second writer gets a user error naming the file.
 */
export function lockFile(path: string, what: string): FileLock {
  // Loaded on first use: proper-lockfile installs signal handlers when loaded, and a handler waits for the event
  // loop, so a command busy computing would no longer stop at once on Ctrl+C.
  const lockfile = createRequire(import.meta.url)('proper-lockfile') as typeof import('proper-lockfile');
  let compromised: Error | null = null;
  let release: () => void;
  try {
    release = lockfile.lockSync(path, {
      realpath: false,
      stale: LOCK_STALE_MS,
      onCompromised: (e) => {
        compromised = e;
      },
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw userError('err.locked', {
        path,
        what: (Object.hasOwn(WHAT, what) ? WHAT[what] : undefined) ?? what,
        lock: `${path}.lock`,
        seconds: LOCK_STALE_MS / 1000,
      });
    }
    throw fileError(e, 'write', path);
  }
  let held = true;
  return {
    assertHeld: () => {
      if (compromised) throw userError('err.lockLost', { path, reason: (compromised as Error).message });
    },
    release: () => {
      if (!held) return;
      held = false;
      try {
        release();
      } catch {
        // Already released or taken over: nothing to undo.
      }
    },
  };
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
