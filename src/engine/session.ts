// The session engine: fire, advance, roll, undo/redo, branches and explanations. Pure: every call returns a new session.
import { isReservedName } from '../core/reservedNames.js';
import { MAX_ITEMS } from '../files/limits.js';
import { suggestion, userError, userErrorWith } from '../i18n/userError.js';
import { type Action, applyAction, rollMonth } from './applyAction.js';
import { availableTriggers, blockedReason, type TriggerStatus, triggerStatus } from './availableTriggers.js';
import type { Stepper } from './createStepper.js';
import { ancestorAt, type HistoryNode, pathTo } from './historyNode.js';
import { seedRng } from './rng.js';
import type { StepRecord } from './stepRecord.js';

/** A session: a history tree with named branches and a cursor. */
export type Session = {
  readonly stepper: Stepper;
  readonly seed: number;
  /** The head (latest node) of each branch. */
  readonly branches: Readonly<Record<string, HistoryNode>>;
  readonly branch: string;
  /** Where the session is now: the branch head, or an ancestor of it after undo. */
  readonly cursor: HistoryNode;
  /** Where each other branch was left (an ancestor of its head); a branch missing here is at its head. */
  readonly cursors?: Readonly<Record<string, HistoryNode>>;
};

/** Starts a session at the beginning of the clock. */
export function startSession(stepper: Stepper, seed: number): Session {
  const root: HistoryNode = { parent: null, depth: 0, steps: 0, action: null, world: stepper.initial, rng: seedRng(seed) };
  return { stepper, seed, branches: { main: root }, branch: 'main', cursor: root };
}

/** Every trigger with whether it can be fired now and, if not, why. */
export const available = (s: Session): TriggerStatus[] => availableTriggers(s.stepper, s.cursor.world);

/** Fires a trigger by hand; unknown or blocked triggers are refused with the reason. */
export function fire(s: Session, trigger: string): Session {
  const { ir } = s.stepper;
  const t = ir.triggerById.get(trigger);
  if (!t) {
    throw userErrorWith('err.unknownTrigger', suggestion(trigger, [...ir.triggerById.keys()], 'noun.triggers'), { trigger });
  }
  const status = triggerStatus(s.stepper, s.cursor.world, t);
  if (status.blocked) throw userError('err.cannotFire', { trigger, why: blockedReason(status.blocked) });
  return perform(s, { kind: 'fire', trigger });
}

/** Sets an indicator by hand (a facilitator's adjudication); the reason is required and kept. */
export function override(s: Session, indicator: string, value: number, reason: string): Session {
  if (reason.trim() === '') throw userError('err.overrideReason');
  if (!Number.isFinite(value)) throw userError('err.notANumber', { value: String(value) });
  return perform(s, { kind: 'override', indicator, value, reason: reason.trim() });
}

/** Advances the clock month by month; scheduled triggers fire at the end of their month. */
export function advance(s: Session, months = 1): Session {
  let next = s;
  for (let i = 0; i < months; i++) {
    assertRunning(next);
    next = perform(next, { kind: 'advance' });
  }
  return next;
}

/** Advances month by month until a month with scheduled triggers has ended, or the scenario ends. */
export function advanceToDeadline(s: Session): Session {
  let next = s;
  for (;;) {
    const month = next.cursor.world.month;
    next = advance(next);
    if (next.cursor.world.ended || next.stepper.ir.schedule.has(month)) return next;
  }
}

/** Plays up to `months` months by chance (exogenous triggers by their chance, one move per actor at most); stops early when the scenario ends. */
export function roll(s: Session, months = 1): Session {
  assertRunning(s);
  let next = s;
  for (let i = 0; i < months && !next.cursor.world.ended; i++) {
    const { action, rng } = rollMonth(next.stepper, next.cursor.world, next.cursor.rng);
    next = perform(next, action, rng);
  }
  return next;
}

/** Applies an action at the cursor; it becomes the head of the current branch (redo is dropped). A full session refuses it. */
export function perform(s: Session, action: Action, rng = s.cursor.rng): Session {
  assertRoom(s);
  const { world, records } = applyAction(s.stepper, s.cursor.world, action, s.cursor.steps + 1);
  const node: HistoryNode = { parent: s.cursor, depth: s.cursor.depth + 1, steps: s.cursor.steps + records.length, action, world, rng };
  return moveTo({ ...s, branches: { ...s.branches, [s.branch]: node } }, node);
}

/** Takes back the last action. */
export function undo(s: Session): Session {
  if (!s.cursor.parent) throw userError('err.nothingToUndo');
  return moveTo(s, s.cursor.parent);
}

/** Re-applies the action last taken back on this branch. */
export function redo(s: Session): Session {
  const head = s.branches[s.branch] as HistoryNode;
  const next = ancestorAt(head, s.cursor.depth + 1);
  if (!next || next.parent !== s.cursor) throw userError('err.nothingToRedo');
  return moveTo(s, next);
}

/** Moves to the point after `depth` actions on the current branch. */
export function goto(s: Session, depth: number): Session {
  const head = s.branches[s.branch] as HistoryNode;
  const node = ancestorAt(head, depth);
  if (!node) throw userError('err.noAction', { depth, branch: s.branch, max: head.depth });
  return moveTo(s, node);
}

/** Starts a new branch at the cursor (or after `depth` actions) and switches to it. */
export function branch(s: Session, name: string, depth?: number): Session {
  if (!/^[\w.-]{1,40}$/.test(name)) throw userError('err.branchName', { name });
  if (isReservedName(name)) throw userError('err.branchReserved', { name });
  if (Object.hasOwn(s.branches, name)) throw userError('err.branchExists', { name });
  if (Object.keys(s.branches).length >= MAX_ITEMS.sessionBranches)
    throw userError('err.tooManyBranches', { limit: MAX_ITEMS.sessionBranches.toLocaleString('en-US') });
  const at = depth === undefined ? s.cursor : ancestorAt(s.cursor, depth);
  if (!at) throw userError('err.noActionBefore', { depth: String(depth), max: s.cursor.depth });
  return { ...s, branches: { ...s.branches, [name]: at }, branch: name, cursor: at, cursors: { ...s.cursors, [s.branch]: s.cursor } };
}

/** Switches to another branch, where it was left (its head when never left after an undo). */
export function switchBranch(s: Session, name: string): Session {
  const head = Object.hasOwn(s.branches, name) ? s.branches[name] : undefined;
  if (!head) throw userErrorWith('err.unknownBranch', suggestion(name, Object.keys(s.branches), 'noun.branches'), { name });
  const cursors = { ...s.cursors, [s.branch]: s.cursor };
  return { ...s, branch: name, cursor: cursors[name] ?? head, cursors };
}

/** The number of actions up to and including step `step` (from 1) on the path to the cursor. */
export function depthOfStep(s: Session, step: number): number {
  if (step < 1 || step > s.cursor.steps) throw userError('err.noStep', { step, max: s.cursor.steps });
  let node: HistoryNode = s.cursor;
  while (node.parent && node.parent.steps >= step) node = node.parent;
  return node.depth;
}

/** The branches with their heads. */
export function listBranches(s: Session): { name: string; head: HistoryNode; current: boolean }[] {
  return Object.entries(s.branches).map(([name, head]) => ({ name, head, current: name === s.branch }));
}

/** The explanation of every step from the start to the cursor. */
export function timeline(s: Session, upTo: HistoryNode = s.cursor): StepRecord[] {
  const out: StepRecord[] = [];
  for (const node of pathTo(upTo)) {
    if (!node.action || !node.parent) continue;
    out.push(...applyAction(s.stepper, node.parent.world, node.action, node.parent.steps + 1).records);
  }
  return out;
}

/** The explanations of the last `count` steps up to the cursor, replaying only the actions needed. */
export function recentSteps(s: Session, count: number): StepRecord[] {
  const nodes: HistoryNode[] = [];
  for (let n: HistoryNode | null = s.cursor; n?.parent && s.cursor.steps - n.steps < count; n = n.parent) nodes.push(n);
  const records = nodes
    .reverse()
    .flatMap((n) => applyAction(s.stepper, (n.parent as HistoryNode).world, n.action as Action, (n.parent as HistoryNode).steps + 1).records);
  return records.slice(-count);
}

/** The explanation of step `index` (from 1) on the path to the cursor; recent steps are found first. */
export function explain(s: Session, index: number): StepRecord {
  let node: HistoryNode | null = s.cursor;
  while (node?.parent && node.parent.steps >= index) node = node.parent;
  if (!node?.parent || !node.action || index < 1 || index > node.steps) throw userError('err.noStep', { step: index, max: s.cursor.steps });
  return applyAction(s.stepper, node.parent.world, node.action, node.parent.steps + 1).records[index - node.parent.steps - 1] as StepRecord;
}

function moveTo(s: Session, node: HistoryNode): Session {
  return { ...s, cursor: node };
}

/** Refuses one more action on a branch, or in a session, already at its limit (a file over them would not open). */
function assertRoom(s: Session): void {
  const limit = (n: number) => ({ limit: n.toLocaleString('en-US') });
  if (s.cursor.depth >= MAX_ITEMS.branchActions) throw userError('err.branchFull', limit(MAX_ITEMS.branchActions));
  // As saved: each branch's actions from the start, this branch's after the new one. Counted only when it could matter.
  const heads = Object.entries(s.branches);
  if (heads.length * MAX_ITEMS.branchActions <= MAX_ITEMS.sessionActions) return;
  let total = s.cursor.depth + 1;
  for (const [name, head] of heads) if (name !== s.branch) total += head.depth;
  if (total > MAX_ITEMS.sessionActions) throw userError('err.sessionFull', limit(MAX_ITEMS.sessionActions));
}

function assertRunning(s: Session): void {
  const w = s.cursor.world;
  if (w.ended) throw userError('err.ended', { outcome: w.outcome ?? 'undecided' });
}
