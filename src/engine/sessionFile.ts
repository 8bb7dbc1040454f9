// Sessions as versioned JSON: actions per branch, replayed on load so a file can never smuggle in a state.
import { z } from 'zod';
import { UserError } from '../core/errors.js';
import type { Action } from './applyAction.js';
import { rollMonth } from './applyAction.js';
import type { Stepper } from './createStepper.js';
import { pathTo } from './historyNode.js';
import { advance, fire, perform, type Session, startSession } from './session.js';

/** The format name written in every session file. */
export const SESSION_FORMAT = 'statecraft-session';
/** The newest session version this build reads and the one it writes (2 adds per-branch cursors; 1 still opens). */
export const SESSION_VERSION = 2;

const actionSchema = z.union([
  z.strictObject({ kind: z.literal('fire'), trigger: z.string() }),
  z.strictObject({ kind: z.literal('advance') }),
  z.strictObject({ kind: z.literal('roll'), fired: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('override'), indicator: z.string(), value: z.number(), reason: z.string().min(1) }),
]);
const fileSchema = z.strictObject({
  format: z.literal(SESSION_FORMAT),
  version: z.union([z.literal(1), z.literal(SESSION_VERSION)]),
  scenario: z.strictObject({ id: z.string(), fingerprint: z.string() }),
  seed: z.number().int(),
  branch: z.string(),
  cursor: z.number().int().min(0),
  branches: z.record(z.string(), z.array(actionSchema)),
  cursors: z.record(z.string(), z.number().int().min(0)).optional(),
});

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

/** Parses a session file for this scenario; anything corrupt, newer or foreign is refused with the reason. */
export function parseSession(text: string, file: string, stepper: Stepper): Session {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not a session file (invalid JSON: ${e instanceof Error ? e.message : e})`, 'the file is corrupt; it was left untouched');
  }
  const header = raw as { format?: unknown; version?: unknown; scenario?: { id?: unknown; fingerprint?: unknown } };
  if (typeof raw !== 'object' || raw === null || header.format !== SESSION_FORMAT) {
    throw new UserError(
      `${file}: not a statecraft session file (format is ${JSON.stringify(header?.format)})`,
      'open a *.session.json file saved by statecraft',
    );
  }
  if (typeof header.version === 'number' && header.version > SESSION_VERSION) {
    throw new UserError(
      `${file}: session version ${header.version} is newer than this statecraft reads (${SESSION_VERSION})`,
      'upgrade statecraft; the file was left untouched',
    );
  }
  const { ir } = stepper;
  if (header.scenario?.id !== ir.id) {
    throw new UserError(
      `${file}: this session belongs to scenario "${String(header.scenario?.id)}", not "${ir.id}"`,
      `give that scenario first: statecraft play ${String(header.scenario?.id)} --session ${file} (or statecraft run ${String(header.scenario?.id)} --from ${file})`,
    );
  }
  if (header.scenario?.fingerprint !== ir.fingerprint) {
    throw new UserError(
      `${file}: scenario "${ir.id}" has changed since this session was saved (fingerprint ${String(header.scenario?.fingerprint)}, now ${ir.fingerprint})`,
      'replay the steps that still apply: statecraft play --session FILE --replay (or run --from FILE --replay); the file is left untouched',
    );
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(`${file}: corrupt session file at ${issue?.path.join('.') || 'top level'}: ${issue?.message}`, 'the file was left untouched');
  }
  return rebuild(parsed.data, file, stepper);
}

function rebuild(data: z.infer<typeof fileSchema>, file: string, stepper: Stepper): Session {
  let session = startSession(stepper, data.seed);
  const root = session.cursor;
  const heads: Record<string, Session['cursor']> = {};
  const children = new Map<object, Map<string, Session['cursor']>>();
  for (const [name, actions] of Object.entries(data.branches)) {
    session = { ...session, cursor: root, branch: name, branches: { ...session.branches, [name]: root } };
    actions.forEach((action, i) => {
      const key = JSON.stringify(action);
      const known = children.get(session.cursor)?.get(key);
      if (known) {
        session = { ...session, cursor: known };
        return;
      }
      try {
        if (action.kind === 'fire') session = fire(session, action.trigger);
        else if (action.kind === 'advance') session = advance(session);
        else if (action.kind === 'override') session = perform(session, action);
        else session = perform(session, action, checkRoll(session, action));
      } catch (e) {
        throw new UserError(
          `${file}: branch "${name}", action ${i + 1} does not replay: ${e instanceof Error ? e.message : e}`,
          'the file is corrupt or was edited by hand; it was left untouched',
        );
      }
      const siblings = children.get(session.cursor.parent as object) ?? new Map();
      siblings.set(key, session.cursor);
      children.set(session.cursor.parent as object, siblings);
    });
    heads[name] = session.cursor;
  }
  const head = heads[data.branch];
  if (!head) throw new UserError(`${file}: current branch "${data.branch}" is missing`, 'the file is corrupt; it was left untouched');
  const cursor = pathTo(head)[data.cursor];
  if (!cursor) throw new UserError(`${file}: cursor ${data.cursor} is beyond branch "${data.branch}"`, 'the file is corrupt; it was left untouched');
  const cursors: Record<string, Session['cursor']> = {};
  for (const [name, depth] of Object.entries(data.cursors ?? {})) {
    const at = heads[name] && pathTo(heads[name])[depth];
    if (!at) throw new UserError(`${file}: cursor ${depth} of branch "${name}" is beyond it`, 'the file is corrupt; it was left untouched');
    if (name !== data.branch) cursors[name] = at;
  }
  return { stepper, seed: data.seed, branches: heads, branch: data.branch, cursor, cursors };
}

/** Re-rolls the month from the saved generator state; a roll that differs means the file was altered. */
function checkRoll(s: Session, action: Extract<Action, { kind: 'roll' }>) {
  if (s.cursor.world.ended) throw new Error('the scenario had already ended');
  const rolled = rollMonth(s.stepper, s.cursor.world, s.cursor.rng);
  if (JSON.stringify(rolled.action) !== JSON.stringify(action)) throw new Error('the rolled month differs from the saved one');
  return rolled.rng;
}
