// Replays a saved session's actions on a scenario that changed since: keeps each step that still applies, reports the rest.
import { z } from 'zod';
import { UserError } from '../core/errors.js';
import { parseJson } from '../core/parseJson.js';
import { SCENARIO_ID } from '../core/scenarioId.js';
import { commandLine, fileWord } from '../core/shellQuote.js';
import type { ParamValue } from '../i18n/messages.js';
import { errorMessage, msg, userError, userErrorWith } from '../i18n/userError.js';
import type { Action } from './applyAction.js';
import { rollMonth } from './applyAction.js';
import type { Stepper } from './createStepper.js';
import { kernelReplayer } from './kernelReplayer.js';
import { advance, fire, override, perform, type Session, startSession } from './session.js';
import { checkSessionSize, SESSION_FORMAT } from './sessionFile.js';

/** An action of the saved file that no longer applies, and why: `reason` in English, `why` as a catalog message when the error has one. */
export type DroppedStep = { readonly branch: string; readonly action: number; readonly step: ParamValue; readonly reason: string; readonly why: ParamValue };

/** The session rebuilt on the changed scenario, with what was kept and what was not. */
export type Replay = { readonly session: Session; readonly kept: number; readonly dropped: readonly DroppedStep[] };

const looseFile = z.object({
  format: z.literal(SESSION_FORMAT),
  scenario: z.object({ id: z.string() }),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  branch: z.string(),
  branches: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});

/** Describes an action as a run step: a trigger id or "advance" as written, a rolled month or an override in catalog words. */
export function describeAction(a: Record<string, unknown>): ParamValue {
  if (a.kind === 'fire') return String(a.trigger);
  if (a.kind === 'roll') return msg('replay.rolled', { fired: Array.isArray(a.fired) && a.fired.length > 0 ? a.fired.join(', ') : msg('replay.nothingFired') });
  if (a.kind === 'override') return msg('replay.override', { indicator: String(a.indicator), value: String(a.value) });
  return String(a.kind);
}

/** Replays every branch of a saved session (text of `file`) on `stepper`; rolled months replay what they fired then. */
export function replaySession(text: string, file: string, stepper: Stepper): Replay {
  let raw: unknown;
  try {
    raw = parseJson(text);
  } catch (e) {
    throw userErrorWith('err.sessionJson', msg('err.corrupt'), { file, reason: e instanceof Error ? e.message : String(e) });
  }
  if (typeof raw === 'object' && raw !== null) checkSessionSize(raw as Record<string, unknown>, file);
  const parsed = looseFile.safeParse(raw);
  if (!parsed.success) throw userError('err.notSession', { file });
  const data = parsed.data;
  if (data.scenario.id !== stepper.ir.id) {
    if (!SCENARIO_ID.test(data.scenario.id)) throw userErrorWith('err.sessionScenarioId', msg('err.untouched'), { file });
    const play = commandLine(['statecraft', 'play', data.scenario.id, '--session', fileWord(file)]);
    throw userError('err.replayScenario', { file, id: data.scenario.id, current: stepper.ir.id, play });
  }
  let session = startSession(stepper, data.seed);
  // Fired triggers and advanced months through the kernel, as on load; anything it does not take goes the full way.
  const quick = kernelReplayer(stepper);
  const root = session.cursor;
  const dropped: DroppedStep[] = [];
  let kept = 0;
  const heads: Record<string, Session['cursor']> = {};
  for (const [name, actions] of Object.entries(data.branches)) {
    // A one-branch session while replaying: copying every branch per branch would make loading quadratic.
    session = { stepper, seed: data.seed, branch: name, cursor: root, branches: { [name]: root } };
    actions.forEach((a, i) => {
      const fast =
        a.kind === 'fire' || a.kind === 'advance'
          ? quick(session.cursor, a.kind === 'fire' ? { kind: 'fire', trigger: String(a.trigger) } : { kind: 'advance' })
          : null;
      if (fast) {
        session = { ...session, branches: { [name]: fast }, cursor: fast };
        kept++;
        return;
      }
      try {
        session = applySaved(session, a);
        kept++;
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        dropped.push({ branch: name, action: i + 1, step: describeAction(a), reason, why: e instanceof UserError ? errorMessage(e) : reason });
      }
    });
    heads[name] = session.cursor;
  }
  const branch = heads[data.branch] ? data.branch : (Object.keys(heads)[0] ?? 'main');
  const cursor = heads[branch] ?? root;
  return { session: { stepper, seed: data.seed, branches: Object.keys(heads).length > 0 ? heads : { main: root }, branch, cursor }, kept, dropped };
}

function applySaved(s: Session, a: Record<string, unknown>): Session {
  if (a.kind === 'fire') return fire(s, String(a.trigger));
  if (a.kind === 'advance') return advance(s);
  if (a.kind === 'override') return override(s, String(a.indicator), Number(a.value), String(a.reason ?? ''));
  if (a.kind === 'roll' && Array.isArray(a.fired)) {
    if (s.cursor.world.ended) throw userError('err.alreadyEnded');
    const fired = a.fired.map(String);
    for (const id of fired) if (!s.stepper.ir.triggerById.has(id)) throw userError('err.triggerGone', { id });
    const { rng } = rollMonth(s.stepper, s.cursor.world, s.cursor.rng);
    return perform(s, { kind: 'roll', fired } satisfies Action, rng);
  }
  throw userError('err.unknownKind', { kind: String(a.kind) });
}
