// The hosted exercise as pure state: the run, the teams' proposals waiting for the facilitator, and every action id answered.
import { type CatalogText, UserError } from '../core/errors.js';
import { catalogText } from '../i18n/messages.js';
import { errorMessage, msg, userError } from '../i18n/userError.js';
import type { Entry } from './exerciseEntry.js';
import { applyEntry, type ExerciseRun } from './exerciseRun.js';

/** What a team sent from its seat. */
export type SeatRequest =
  | { readonly kind: 'predict'; readonly prompt: string; readonly p: Readonly<Record<string, number>> }
  | { readonly kind: 'decide'; readonly decision: string; readonly choice: string }
  | { readonly kind: 'move'; readonly trigger: string };

/** A team's move or decision waiting for the facilitator's approval. */
export type Proposal = { readonly key: string; readonly role: string; readonly action: string; readonly entry: Entry };

/** How an action was answered; `pending` is not final. */
export type Answer = {
  readonly status: 'applied' | 'pending' | 'refused' | 'vetoed';
  /** The reason in English (a veto's reason as the facilitator typed it). */
  readonly message?: string;
  /** The reason as a catalog message, so the host words it in its language; absent for a veto's own words. */
  readonly text?: CatalogText;
};

/** The run plus what the seats are waiting for. */
export type Desk = {
  readonly run: ExerciseRun;
  readonly proposals: readonly Proposal[];
  /** Final answers by `role/action id`, so a re-sent action is never applied twice. */
  readonly answered: ReadonlyMap<string, Answer>;
};

/** The key of an action: action ids are unique per seat, never across seats. */
export const actionKey = (role: string, action: string) => `${role}/${action}`;

/** A desk over a run; answers already in the transcript (entries with `by`) are remembered. */
export function openDesk(run: ExerciseRun): Desk {
  const answered = new Map<string, Answer>();
  for (const entry of run.entries) {
    if (!entry.by || entry.by.seat === 'facilitator') continue;
    const status = entry.kind === 'veto' ? 'vetoed' : 'applied';
    answered.set(actionKey(entry.by.seat, entry.by.action), entry.kind === 'veto' ? { status, message: entry.reason } : { status });
  }
  return { run, proposals: [], answered };
}

/** The entry a team's request stands for, signed with its seat and action id. */
function entryOf(role: string, action: string, r: SeatRequest): Entry {
  const by = { seat: role, action };
  if (r.kind === 'predict') return { kind: 'predict', prompt: r.prompt, team: role, p: { ...r.p }, by };
  if (r.kind === 'decide') return { kind: 'decide', decision: r.decision, choice: r.choice, by };
  return { kind: 'move', role, trigger: r.trigger, by };
}

/** Applies, queues or refuses a team's request; a known action id gets its first answer back and changes nothing. */
export function submit(desk: Desk, role: string, action: string, request: SeatRequest): { desk: Desk; answer: Answer; duplicate: boolean } {
  const key = actionKey(role, action);
  const known = desk.answered.get(key) ?? (desk.proposals.some((p) => p.key === key) ? { status: 'pending' as const } : undefined);
  if (known) return { desk, answer: known, duplicate: true };
  if (desk.run.session.cursor.world.ended) return settle(desk, key, refusal(msg('err.exerciseEnded')));
  if (request.kind === 'decide') {
    const decision = desk.run.exercise.decisions.find((d) => d.id === request.decision);
    if (decision && decision.role !== role) return settle(desk, key, refusal(msg('err.notYourDecision', { decision: request.decision })));
  }
  const entry = entryOf(role, action, request);
  let applied: ExerciseRun;
  try {
    applied = applyEntry(desk.run, entry);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return settle(desk, key, refusal(errorMessage(e)));
  }
  if (request.kind === 'predict') return settle({ ...desk, run: applied }, key, { status: 'applied' });
  const proposal: Proposal = { key, role, action, entry };
  return { desk: { ...desk, proposals: [...desk.proposals, proposal] }, answer: { status: 'pending' }, duplicate: false };
}

/** The facilitator approves a proposal; it is checked again against the world as it is now. */
export function approve(desk: Desk, key: string): { desk: Desk; answer: Answer } {
  const proposal = findProposal(desk, key);
  const rest = { ...desk, proposals: desk.proposals.filter((p) => p.key !== key) };
  try {
    return settle({ ...rest, run: applyEntry(desk.run, proposal.entry) }, key, { status: 'applied' });
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    return settle(rest, key, refusal(msg('err.noLonger', { reason: e.text?.message ?? e.message })));
  }
}

/** The facilitator vetoes a proposal, with a reason that the team sees and the transcript keeps. */
export function veto(desk: Desk, key: string, reason: string): { desk: Desk; answer: Answer } {
  const proposal = findProposal(desk, key);
  if (reason.trim() === '') throw userError('err.vetoReason');
  const trigger = proposal.entry.kind === 'move' ? proposal.entry.trigger : proposal.entry.kind === 'decide' ? proposal.entry.choice : '';
  const entry: Entry = { kind: 'veto', role: proposal.role, trigger, reason: reason.trim(), by: { seat: proposal.role, action: proposal.action } };
  const rest = { ...desk, proposals: desk.proposals.filter((p) => p.key !== key) };
  return settle({ ...rest, run: applyEntry(rest.run, entry) }, key, { status: 'vetoed', message: reason.trim() });
}

/** Applies the facilitator's own entry (advance, force, override, note…). */
export function act(desk: Desk, entry: Entry): Desk {
  return { ...desk, run: applyEntry(desk.run, entry) };
}

function findProposal(desk: Desk, key: string): Proposal {
  const proposal = desk.proposals.find((p) => p.key === key);
  if (!proposal) throw userError('err.noProposal', { key });
  return proposal;
}

/** A refusal with its reason in English and as a catalog message. */
function refusal(text: CatalogText): Answer {
  return { status: 'refused', message: catalogText('en', text), text };
}

function settle(desk: Desk, key: string, answer: Answer): { desk: Desk; answer: Answer; duplicate: boolean } {
  const answered = new Map(desk.answered);
  answered.set(key, answer);
  return { desk: { ...desk, answered }, answer, duplicate: false };
}
