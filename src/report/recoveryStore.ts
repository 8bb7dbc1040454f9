// The recovery file of a play session: written atomically after every step, offered back by the next play after a crash.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../core/writeFileAtomic.js';
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

/** Writes the session (atomically) to the recovery file. */
export function writeRecovery(path: string, session: Session, sessionPath: string | null, savedAt: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const body = { format: FORMAT, version: 1, sessionPath, savedAt, session: JSON.parse(serializeSession(session)) };
  writeFileAtomic(path, `${JSON.stringify(body)}\n`);
}

/** Removes a recovery file; a missing one is fine. */
export function removeRecovery(path: string): void {
  rmSync(path, { force: true });
}

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
