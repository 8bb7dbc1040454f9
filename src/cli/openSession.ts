// Opens a session file for play or run: as saved, or, when the scenario changed and the user agreed, replayed onto it.
import type { Stepper } from '../engine/createStepper.js';
import { type Replay, replaySession } from '../engine/replaySession.js';
import type { Session } from '../engine/session.js';
import { parseSession } from '../engine/sessionFile.js';
import { readBounded } from '../files/readBounded.js';

/** The session, and the replay report when it was replayed onto a changed scenario. */
export type OpenedSession = { readonly session: Session; readonly replay: Replay | null };

/** True when `text` is a session file of this scenario saved from another version of it. */
export function isFromChangedScenario(text: string, stepper: Stepper): boolean {
  try {
    const header = JSON.parse(text) as { scenario?: { id?: unknown; fingerprint?: unknown } };
    return header.scenario?.id === stepper.ir.id && header.scenario.fingerprint !== stepper.ir.fingerprint;
  } catch {
    return false;
  }
}

/** Reads `path`; with `replay`, a session saved on an older version of the scenario is replayed instead of refused. */
export function openSession(path: string, stepper: Stepper, replay: boolean): OpenedSession {
  const text = readBounded(path, 'session');
  if (replay && isFromChangedScenario(text, stepper)) {
    const r = replaySession(text, path, stepper);
    return { session: r.session, replay: r };
  }
  return { session: parseSession(text, path, stepper), replay: null };
}

/** The replay report as lines: what was kept, each step dropped and why. */
export function replayReport(path: string, r: Replay): string[] {
  return [
    `The scenario changed since ${path} was saved: ${r.kept} step(s) replayed, ${r.dropped.length} no longer apply.`,
    ...r.dropped.map((d) => `  branch ${d.branch}, action ${d.action} (${d.step}): ${d.reason}`),
    `${path} is left untouched; save the replayed session under another name.`,
  ];
}
