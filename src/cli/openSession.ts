// Opens a session file for play or run: as saved, or, when the scenario changed and the user agreed, replayed onto it.

import { UserError } from '../core/errors.js';
import { parseJson } from '../core/parseJson.js';
import { commandLine, fileWord } from '../core/shellQuote.js';
import type { Stepper } from '../engine/createStepper.js';
import { type Replay, replaySession } from '../engine/replaySession.js';
import type { Session } from '../engine/session.js';
import { parseSession } from '../engine/sessionFile.js';
import { readBounded } from '../files/readBounded.js';
import { t } from '../i18n/messages.js';
import { msg, userError } from '../i18n/userError.js';

/** The session, and the replay report when it was replayed onto a changed scenario. */
export type OpenedSession = { readonly session: Session; readonly replay: Replay | null };

/** True when `text` is a session file of this scenario saved from another version of it. */
export function isFromChangedScenario(text: string, stepper: Stepper): boolean {
  try {
    const header = parseJson(text) as { scenario?: { id?: unknown; fingerprint?: unknown } };
    return header.scenario?.id === stepper.ir.id && header.scenario.fingerprint !== stepper.ir.fingerprint;
  } catch {
    return false;
  }
}

/**
 * Reads `path`; with `replay`, a session saved on an older version of the scenario is replayed instead of refused.
 * Refused, its hint gives the commands that replay it on `scenario`, the scenario as the user named it (none: the shipped one).
 */
export function openSession(path: string, stepper: Stepper, replay: boolean, scenario?: string): OpenedSession {
  const text = readBounded(path, 'session');
  if (replay && isFromChangedScenario(text, stepper)) {
    const r = replaySession(text, path, stepper);
    return { session: r.session, replay: r };
  }
  try {
    return { session: parseSession(text, path, stepper), replay: null };
  } catch (e) {
    const said = e instanceof UserError ? e.text?.message : undefined;
    if (said?.id !== 'err.sessionChanged') throw e;
    const words = (command: string, flag: string) =>
      commandLine(['statecraft', command, ...(scenario === undefined ? [] : [fileWord(scenario)]), flag, fileWord(path), '--replay']);
    const p = said.params as Readonly<Record<'file' | 'id' | 'saved' | 'now', string>>;
    throw userError('err.sessionChanged', { ...p, play: words('play', '--session'), run: words('run', '--from') });
  }
}

/** The replay report as lines in `lang`: what was kept, each step dropped and why (the error's own catalog words when it has them). */
export function replayReport(path: string, r: Replay, lang = 'en'): string[] {
  const kept = msg('count.steps', { n: r.kept });
  const dropped = msg('replay.droppedCount', { n: r.dropped.length });
  return [
    t(lang, 'replay.intro', { file: path, kept, dropped }),
    ...r.dropped.map((d) => `  ${t(lang, 'replay.dropped', { branch: d.branch, n: d.action, step: d.step, reason: d.why })}`),
    t(lang, 'replay.untouched', { file: path }),
  ];
}
