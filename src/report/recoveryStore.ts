// The recovery file of a play session: written atomically after every step, offered back by the next play after a crash.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { Stepper } from '../engine/createStepper.js';
import type { Session } from '../engine/session.js';
import { parseSession, serializeSession } from '../engine/sessionFile.js';

const FORMAT = 'statecraft-recovery';

/** A recovered session, the file it had been saved to (if any), and when it was last written. */
export type Recovered = { readonly file: string; readonly session: Session; readonly sessionPath: string | null; readonly savedAt: string };

/** The folder of recovery files: $STATECRAFT_RECOVERY_DIR, else $XDG_STATE_HOME/statecraft, else ~/.local/state/statecraft. */
export function recoveryDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.STATECRAFT_RECOVERY_DIR) return env.STATECRAFT_RECOVERY_DIR;
  return join(env.XDG_STATE_HOME || join(homedir(), '.local', 'state'), 'statecraft');
}

/** The recovery file of this process for a scenario. */
export const recoveryPath = (dir: string, scenarioId: string, pid = process.pid): string => join(dir, `${scenarioId}.${pid}.recovery.json`);

/** Writes the session (atomically) to the recovery file, off the main thread; writes land in the order they were asked. */
export function writeRecovery(path: string, session: Session, sessionPath: string | null, savedAt: string): Promise<void> {
  const head = JSON.stringify({ format: FORMAT, version: 1, sessionPath, savedAt });
  const text = `${head.slice(0, -1)},"session":${serializeSession(session)}}\n`;
  queue = queue.then(() => writeAtomically(path, text));
  return queue;
}

let queue: Promise<void> = Promise.resolve();
let counter = 0;

/** Temporary file, flush, rename: a reader (the next play) sees the old recovery or the new one, never half. */
async function writeAtomically(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter++}.tmp`);
  const file = await open(tmp, 'w', 0o600);
  try {
    await file.writeFile(text);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(tmp, path).catch(async (e) => {
    await rm(tmp, { force: true });
    throw e;
  });
}

/** Removes a recovery file once the writes asked before have landed; a missing one is fine. */
export function removeRecovery(path: string): void {
  queue = queue.then(() => rm(path, { force: true }));
  rmSync(path, { force: true });
}

/** Resolves once every recovery write asked so far has landed (or failed). */
export const recoveryWritten = (): Promise<void> => queue.catch(() => {});

/** The newest recovery file of this scenario left by a process that is no longer running, or null. */
export function findRecovery(dir: string, stepper: Stepper): Recovered | null {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return null;
  }
  const found: Recovered[] = [];
  for (const name of names) {
    const m = /^(.+)\.(\d+)\.recovery\.json$/.exec(name);
    if (!m || m[1] !== stepper.ir.id || isRunning(Number(m[2]))) continue;
    const file = join(dir, name);
    try {
      const body = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; sessionPath?: unknown; savedAt?: unknown; session?: unknown };
      if (body.format !== FORMAT) continue;
      const session = parseSession(JSON.stringify(body.session), file, stepper);
      found.push({ file, session, sessionPath: typeof body.sessionPath === 'string' ? body.sessionPath : null, savedAt: String(body.savedAt ?? '') });
    } catch {
      // a recovery file from another version of the scenario, or torn by a crash before its rename: not offered
    }
  }
  return found.sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1))[0] ?? null;
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
