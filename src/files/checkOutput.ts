// Checks an output path before any work is done: writable, not an input of the command, not a file of another kind.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, realpathSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CatalogText } from '../core/errors.js';
import { parseJson } from '../core/parseJson.js';
import { msg, userError, userErrorWith } from '../i18n/userError.js';
import { fileError } from './fileError.js';
import { lockFile, withFileLock } from './lockFile.js';
import { type OutputWriter, outputWriter } from './outputWriter.js';
import { readBounded } from './readBounded.js';
import { type OutputKind, recognizeOutput } from './recognizeOutput.js';
import { assertReplaceable } from './writeFileAtomic.js';

/** What may be at an output path. */
export type OutputRules = {
  /** The option that names it, e.g. `--save`. */
  readonly flag: string;
  /** Files this command reads: never written over. */
  readonly inputs?: readonly (string | undefined)[];
  /** The statecraft format the file must already have to be replaced (e.g. `statecraft-session`); null for other outputs (see `kind`). */
  readonly format?: string | null;
  /** The newest version of `format` this build writes: a newer file is never replaced. */
  readonly version?: number;
  /** The scenario id an existing file of `format` must belong to. */
  readonly scenario?: string;
  /** Without `format`: the kind of output written (default `report`); an existing file must be one of that kind. */
  readonly kind?: OutputKind;
  /** --overwrite: replace a file of another kind or scenario (inputs stay protected). */
  readonly overwrite?: boolean;
};

const FORMATS = ['statecraft-session', 'statecraft-exercise-transcript', 'statecraft-batch-shard', 'statecraft-seat-codes'];

/**
 * Throws a user error when writing `path` would fail or would destroy something; creates nothing. Returns the writer
 * to use at the end of the work: it refuses to replace a file that appeared or changed meanwhile (see {@link outputWriter}).
 */
export function checkOutput(path: string, rules: OutputRules): OutputWriter {
  const what = rules.format === 'statecraft-session' ? 'session' : rules.format === 'statecraft-exercise-transcript' ? 'transcript' : 'output';
  // Locked only to check and to write, never during the work (a command stopped by a signal would leave it behind);
  // a file another statecraft process is writing, or a lock that cannot be taken, is refused before any work.
  withFileLock(path, what, () => assertOutput(path, rules));
  return outputWriter(path, what);
}

/**
 * Locks `path` (a `what`, e.g. `session`), checks it as {@link checkOutput} does, and returns its writer holding the
 * lock until `release`: another statecraft writer is refused from the start, and a write by anyone else is caught.
 */
export function openOutput(path: string, rules: OutputRules, what: string): OutputWriter {
  const lock = lockFile(path, what);
  try {
    assertOutput(path, rules);
    return outputWriter(path, what, lock);
  } catch (e) {
    lock.release();
    throw e;
  }
}

function assertOutput(path: string, rules: OutputRules): void {
  for (const input of rules.inputs ?? []) {
    if (input !== undefined && sameFile(path, input)) throw userError('err.outputIsInput', { flag: rules.flag, path, input });
  }
  assertReplaceable(path);
  const exists = existsSync(path);
  if (exists && !rules.overwrite) checkKind(path, rules);
  // The temporary file goes beside the target of a symlink, so that is the folder to probe.
  checkWritableFolder(dirname(exists ? realpathSync(path) : resolve(path)), path);
}

/** Checks that files can be created in `dir` (or, when it does not exist yet, in its nearest existing parent). */
export function checkOutputDir(dir: string, flag: string): void {
  let probe = resolve(dir);
  while (!existsSync(probe)) probe = dirname(probe);
  if (!statSync(probe).isDirectory()) throw userError('err.notAFolder', { flag, dir, probe });
  checkWritableFolder(probe, dir);
}

/** Creates an output folder (and its parents); a failure is a user error with the path and the reason. */
export function createOutputDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw fileError(e, 'write', dir);
  }
}

function checkKind(path: string, rules: OutputRules): void {
  let text: string | null;
  try {
    text = readBounded(path, 'session');
  } catch {
    text = null;
  }
  // An empty file holds nothing to lose (e.g. one made with `touch` for the output).
  if (text === '') return;
  const found = recognizeOutput(path, text);
  const header = parseHeader(text);
  const hint = OVERWRITE_FLAGS.includes(rules.flag) ? msg('err.overwrite') : msg('err.overwriteMove', { path });
  if (rules.format) {
    if (found.format !== rules.format) {
      if (found.format !== null) throw userErrorWith('err.overwriteKind', hint, { path, kind: describe(rules.format) });
      throw userErrorWith('err.overwriteSeems', hint, { path, seems: found.seems, kind: describe(rules.format) });
    }
    if (rules.version !== undefined && typeof header?.version === 'number' && header.version > rules.version)
      throw userError('err.overwriteNewer', { path, version: header.version });
    // Sessions and transcripts name their scenario at `scenario.id`; shards (plain and --uncertainty) in their provenance.
    const id = header?.scenario?.id ?? header?.batch?.provenance?.scenario?.id;
    if (rules.scenario !== undefined && id !== rules.scenario)
      throw userErrorWith('err.overwriteScenario', hint, { path, kind: describe(found.format), id: String(id), scenario: rules.scenario });
    return;
  }
  const kind = rules.kind ?? 'report';
  if (found.kind === kind) return;
  if (kind === 'report' && found.format !== null && FORMATS.includes(found.format))
    throw userErrorWith('err.overwriteReport', hint, { path, kind: describe(found.format) });
  if (kind === 'report' && found.kind === null && /\.ya?ml$/i.test(path)) throw userErrorWith('err.overwriteYaml', hint, { path });
  throw userErrorWith('err.overwriteSeems', hint, { path, seems: found.seems, kind: msg(`format.${kind}`) });
}

/** The options that let a command replace a file of another kind (`batch --out`, `run --save`); other outputs say to move it away. */
const OVERWRITE_FLAGS = ['--out', '--save'];

type Header = { version?: unknown; scenario?: { id?: unknown }; batch?: { provenance?: { scenario?: { id?: unknown } } } };

function parseHeader(text: string | null): Header | null {
  try {
    return text === null ? null : (parseJson(text) as Header);
  } catch {
    return null;
  }
}

const NAMES: Record<string, CatalogText> = {
  'statecraft-session': msg('format.session'),
  'statecraft-exercise-transcript': msg('format.transcript'),
  'statecraft-batch-shard': msg('format.shard'),
  'statecraft-seat-codes': msg('format.seatCodes'),
};

function describe(format: string | null): CatalogText {
  return (format !== null && Object.hasOwn(NAMES, format) ? NAMES[format] : undefined) ?? msg('format.other', { format: String(format) });
}

/** Whether two paths are one file (by device and inode, through symlinks and hard links; by path when one does not exist). */
export function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return resolve(a) === resolve(b);
  }
}

/**
 * Creates a probe file and removes it: the only test of writability that also holds for root and read-only mounts.
 * The probe is created exclusively under a name with a random part (another on a clash), and only the file this call
 * created is removed: a file already there, whatever its name, is never touched.
 */
function checkWritableFolder(dir: string, shown: string): void {
  for (let attempt = 0; attempt < 16; attempt++) {
    const probe = join(dir, `.statecraft-probe-${process.pid}-${randomBytes(6).toString('hex')}`);
    try {
      closeSync(openSync(probe, 'wx'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw fileError(e, 'write', shown);
    }
    rmSync(probe, { force: true });
    return;
  }
}
