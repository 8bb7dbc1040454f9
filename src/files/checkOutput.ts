// Checks an output path before any work is done: writable, not an input of the command, not a file of another kind.
import { closeSync, existsSync, mkdirSync, openSync, realpathSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../core/errors.js';
import { fileError } from './fileError.js';
import { readBounded } from './readBounded.js';
import { assertReplaceable } from './writeFileAtomic.js';

/** What may be at an output path. */
export type OutputRules = {
  /** The option that names it, e.g. `--save`. */
  readonly flag: string;
  /** Files this command reads: never written over. */
  readonly inputs?: readonly (string | undefined)[];
  /** The statecraft format the file must already have to be replaced (e.g. `statecraft-session`); null for reports. */
  readonly format?: string | null;
  /** The newest version of `format` this build writes: a newer file is never replaced. */
  readonly version?: number;
  /** The scenario id an existing file of `format` must belong to. */
  readonly scenario?: string;
  /** --overwrite: replace a file of another kind or scenario (inputs stay protected). */
  readonly overwrite?: boolean;
};

const FORMATS = ['statecraft-session', 'statecraft-exercise-transcript', 'statecraft-batch-shard'];

/** Throws a user error when writing `path` would fail or would destroy something; creates nothing. */
export function checkOutput(path: string, rules: OutputRules): void {
  for (const input of rules.inputs ?? []) {
    if (input !== undefined && sameFile(path, input))
      throw new UserError(`refusing to write ${rules.flag} ${path}: it is an input of this command (${input})`, 'choose another output file');
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
  if (!statSync(probe).isDirectory()) throw new UserError(`cannot write ${flag} ${dir}: ${probe} is not a folder`, 'choose another folder');
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
  let header: { format?: unknown; version?: unknown; scenario?: { id?: unknown }; batch?: { scenario?: unknown } } | null = null;
  try {
    header = JSON.parse(readBounded(path, 'session'));
  } catch {
    header = null;
  }
  const format = typeof header?.format === 'string' ? header.format : null;
  const hint = `choose another file, or pass --overwrite to replace it`;
  if (rules.format) {
    if (format !== rules.format) throw new UserError(`refusing to overwrite ${path}: it is not ${describe(rules.format)}`, hint);
    if (rules.version !== undefined && typeof header?.version === 'number' && header.version > rules.version)
      throw new UserError(`refusing to overwrite ${path}: it was written by a newer statecraft (version ${header.version})`, 'save under another name');
    const id = header?.scenario?.id ?? header?.batch?.scenario;
    if (rules.scenario !== undefined && id !== rules.scenario)
      throw new UserError(`refusing to overwrite ${path}: it is ${describe(format)} of scenario "${String(id)}", not "${rules.scenario}"`, hint);
  } else if (format !== null && FORMATS.includes(format)) {
    throw new UserError(`refusing to overwrite ${path}: it is ${describe(format)}, not a report`, hint);
  } else if (/\.ya?ml$/i.test(path)) {
    throw new UserError(`refusing to overwrite ${path}: a YAML file (a scenario, exercise or script) is not a report`, hint);
  }
}

const NAMES: Record<string, string> = {
  'statecraft-session': 'a statecraft session file',
  'statecraft-exercise-transcript': 'a statecraft exercise transcript',
  'statecraft-batch-shard': 'a statecraft batch shard',
};

function describe(format: string): string {
  return NAMES[format] ?? `a "${format}" file`;
}

function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return resolve(a) === resolve(b);
  }
}

/** Creates and removes a probe file: the only test of writability that also holds for root and read-only mounts. */
function checkWritableFolder(dir: string, shown: string): void {
  const probe = join(dir, `.statecraft-probe-${process.pid}`);
  try {
    closeSync(openSync(probe, 'wx'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    throw fileError(e, 'write', shown);
  } finally {
    rmSync(probe, { force: true });
  }
}
