// Sessions as versioned JSON: actions per branch, replayed on load so a file can never smuggle in a state.

import { z } from 'zod';
import { isReservedName } from '../core/reservedNames.js';
import { SCENARIO_ID } from '../core/scenarioId.js';
import { commandLine, fileWord } from '../core/shellQuote.js';
import { MAX_ITEMS } from '../files/limits.js';
import { parseVersionedJson, type VersionedFormat } from '../files/parseVersionedJson.js';
import { errorValue, msg, userError, userErrorWith } from '../i18n/userError.js';
import type { Action } from './applyAction.js';
import { rollMonth } from './applyAction.js';
import type { Stepper } from './createStepper.js';
import { pathTo } from './historyNode.js';
import { kernelReplayer } from './kernelReplayer.js';
import { advance, fire, perform, type Session, startSession } from './session.js';

/** The hint of a session file that does not hold together. */
const CORRUPT = msg('err.corrupt');

/** The format name written in every session file. */
export const SESSION_FORMAT = 'statecraft-session';
/** The newest session version this build reads and the one it writes (2: per-run streams from SplitMix64; 3: per-branch cursors). */
export const SESSION_VERSION = 3;

const actionSchema = z.union([
  z.strictObject({ kind: z.literal('fire'), trigger: z.string() }),
  z.strictObject({ kind: z.literal('advance') }),
  z.strictObject({ kind: z.literal('roll'), fired: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('override'), indicator: z.string(), value: z.number(), reason: z.string().min(1) }),
]);
/** A branch name as `branch` accepts it; names JavaScript objects already carry are refused. */
const branchName = z
  .string()
  .regex(/^[\w.-]{1,40}$/, 'a branch name is letters, digits, "-", "_" or "." (at most 40)')
  .refine((name) => !isReservedName(name), 'a branch name cannot be a name JavaScript objects carry (such as toString)');
const fileSchema = z.strictObject({
  format: z.literal(SESSION_FORMAT),
  version: z.union([z.literal(2), z.literal(SESSION_VERSION)]),
  scenario: z.strictObject({ id: z.string(), fingerprint: z.string() }),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1),
  branch: branchName,
  cursor: z.number().int().min(0),
  branches: z.record(branchName, z.array(actionSchema)),
  /** Where each other branch was left (a depth on it); version 2 files have none, and open at each branch's head. */
  cursors: z.record(branchName, z.number().int().min(0)).optional(),
});

/** A session file's content, checked. */
export type SessionData = z.infer<typeof fileSchema>;

/** Serializes a session as stable, pretty JSON. */
export function serializeSession(s: Session): string {
  const branches: Record<string, Action[]> = {};
  for (const [name, head] of Object.entries(s.branches)) {
    branches[name] = pathTo(head).flatMap((n) => (n.action ? [n.action] : []));
  }
  const file = {
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    scenario: { id: s.stepper.ir.id, fingerprint: s.stepper.ir.fingerprint },
    seed: s.seed,
    branch: s.branch,
    cursor: s.cursor.depth,
    branches,
    cursors: Object.fromEntries(
      Object.entries(s.cursors ?? {})
        .filter(([name]) => name !== s.branch)
        .map(([name, node]) => [name, node.depth]),
    ),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The session format, for the shared versioned-file reader. */
export function sessionFormat(file: string, stepper: Stepper): VersionedFormat<SessionData> {
  const { ir } = stepper;
  return {
    kind: 'session',
    noun: 'session file',
    nounText: msg('noun.sessionFile'),
    shortNounText: msg('noun.session'),
    format: SESSION_FORMAT,
    version: SESSION_VERSION,
    schema: fileSchema,
    precheck: (raw) => {
      if (raw.version === 1) {
        throw userError('err.sessionV1', { file });
      }
      const scenario = raw.scenario as { id?: unknown; fingerprint?: unknown } | undefined;
      if (scenario?.id !== ir.id) {
        const id = scenario?.id;
        // The id goes into a command a person may paste: only a scenario id (no shell words) is taken from the file.
        if (typeof id !== 'string' || !SCENARIO_ID.test(id)) throw userErrorWith('err.sessionScenarioId', msg('err.untouched'), { file });
        const [play, run] = [
          commandLine(['statecraft', 'play', id, '--session', fileWord(file)]),
          commandLine(['statecraft', 'run', id, '--from', fileWord(file)]),
        ];
        throw userError('err.sessionScenario', { file, id, current: ir.id, play, run });
      }
      if (scenario?.fingerprint !== ir.fingerprint) {
        const [play, run] = [
          commandLine(['statecraft', 'play', '--session', fileWord(file), '--replay']),
          commandLine(['statecraft', 'run', '--from', fileWord(file), '--replay']),
        ];
        throw userError('err.sessionChanged', { file, id: ir.id, saved: String(scenario?.fingerprint), now: ir.fingerprint, play, run });
      }
      checkSessionSize(raw, file);
    },
  };
}

/**
 * Refuses a session with more branches or actions than the limits, before any is checked or replayed: the work of
 * opening a session grows with them (docs/limits.md).
 */
export function checkSessionSize(raw: Record<string, unknown>, file: string): void {
  const branches = typeof raw.branches === 'object' && raw.branches !== null ? Object.entries(raw.branches) : [];
  const n = (x: number) => x.toLocaleString('en-US');
  if (branches.length > MAX_ITEMS.sessionBranches)
    throw userError('err.sessionBranches', { file, count: n(branches.length), limit: n(MAX_ITEMS.sessionBranches) });
  let total = 0;
  for (const [branch, actions] of branches) {
    const count = Array.isArray(actions) ? actions.length : 0;
    if (count > MAX_ITEMS.branchActions) throw userError('err.sessionBranchActions', { file, branch, count: n(count), limit: n(MAX_ITEMS.branchActions) });
    total += count;
  }
  if (total > MAX_ITEMS.sessionActions) throw userError('err.sessionActions', { file, count: n(total), limit: n(MAX_ITEMS.sessionActions) });
}

/** Parses a session file for this scenario; anything corrupt, newer or foreign is refused with the reason. */
export function parseSession(text: string, file: string, stepper: Stepper): Session {
  return rebuildSession(parseVersionedJson(text, file, sessionFormat(file, stepper)), file, stepper);
}

/**
 * Replays checked session data; linear in the actions written (branches share their common prefix, replayed once).
 * Fired triggers and advanced months go through the kernel (the same worlds, without building explanations, which
 * are rebuilt when shown); `fast: false` replays every action through the XState machine, as the tests compare.
 */
export function rebuildSession(data: SessionData, file: string, stepper: Stepper, fast = true): Session {
  const root = startSession(stepper, data.seed).cursor;
  const quick = fast ? kernelReplayer(stepper) : () => null;
  const heads: Record<string, Session['cursor']> = {};
  const children = new Map<object, Map<string, Session['cursor']>>();
  const branches = Object.entries(data.branches);
  branches.forEach(([name, actions], b) => {
    // A one-branch session while replaying: copying every branch per action would make loading quadratic.
    let session: Session = { stepper, seed: data.seed, branches: { [name]: root }, branch: name, cursor: root };
    // Only a later branch can share a node, so the last one is not indexed (nor is a one-branch session).
    const indexed = b < branches.length - 1;
    actions.forEach((action, i) => {
      const key = JSON.stringify(action);
      const known = children.get(session.cursor)?.get(key);
      if (known) {
        session = { ...session, cursor: known };
        return;
      }
      const replayed = quick(session.cursor, action);
      if (replayed) session = { ...session, branches: { [name]: replayed }, cursor: replayed };
      else
        try {
          if (action.kind === 'fire') session = fire(session, action.trigger);
          else if (action.kind === 'advance') session = advance(session);
          else if (action.kind === 'override') session = perform(session, action);
          else session = perform(session, action, checkRoll(session, action));
        } catch (e) {
          throw userError('err.noReplay', { file, branch: name, n: i + 1, reason: errorValue(e) });
        }
      if (!indexed) return;
      const siblings = children.get(session.cursor.parent as object) ?? new Map();
      siblings.set(key, session.cursor);
      children.set(session.cursor.parent as object, siblings);
    });
    heads[name] = session.cursor;
  });
  const head = Object.hasOwn(heads, data.branch) ? heads[data.branch] : undefined;
  if (!head) throw userErrorWith('err.branchMissing', CORRUPT, { file, branch: data.branch });
  const cursor = pathTo(head)[data.cursor];
  if (!cursor) throw userErrorWith('err.cursorBeyond', CORRUPT, { file, cursor: data.cursor, branch: data.branch });
  const cursors: Record<string, Session['cursor']> = {};
  for (const [name, depth] of Object.entries(data.cursors ?? {})) {
    const at = Object.hasOwn(heads, name) ? pathTo(heads[name] as Session['cursor'])[depth] : undefined;
    if (!at) throw userErrorWith('err.branchCursorBeyond', CORRUPT, { file, cursor: depth, branch: name });
    if (name !== data.branch) cursors[name] = at;
  }
  return { stepper, seed: data.seed, branches: heads, branch: data.branch, cursor, cursors };
}

/** Re-rolls the month from the saved generator state; a roll that differs means the file was altered. */
function checkRoll(s: Session, action: Extract<Action, { kind: 'roll' }>) {
  if (s.cursor.world.ended) throw userError('err.alreadyEnded');
  const rolled = rollMonth(s.stepper, s.cursor.world, s.cursor.rng);
  if (JSON.stringify(rolled.action) !== JSON.stringify(action)) throw userError('err.rollDiffers');
  return rolled.rng;
}
