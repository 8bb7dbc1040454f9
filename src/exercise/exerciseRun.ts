// The exercise as it runs: a session plus the exercise's injects, decisions and predictions. Pure: each entry gives a new run.
import { type CatalogText, UserError } from '../core/errors.js';
import { formatMonth } from '../core/month.js';
import { rollMonth } from '../engine/applyAction.js';
import type { Stepper } from '../engine/createStepper.js';
import { advance, available, fire, override, perform, type Session, startSession } from '../engine/session.js';
import { MAX_ITEMS } from '../files/limits.js';
import { listOrNone, msg, suggestion, userError, userErrorWith } from '../i18n/userError.js';
import type { Entry } from '../scenario/exerciseEntry.js';
import type { Exercise } from '../scenario/exerciseSchema.js';
import { append, appendAll, chainHas, chainToArray } from './chain.js';
import { exerciseCalendar } from './exerciseCalendar.js';
import { type ExerciseRun, type LogItem, makeRun, stateOf } from './exerciseRunState.js';

export type { ExerciseRun, LogItem } from './exerciseRunState.js';

const calendarOf = (run: ExerciseRun) => exerciseCalendar(run.exercise, run.session.stepper.ir.start);

/** Starts the exercise: the injects of the first month happen at once. */
export function startExercise(exercise: Exercise, stepper: Stepper, seed: number): ExerciseRun {
  const session = startSession(stepper, seed);
  return applyInjects(makeRun({ exercise, session, previous: null, entryChain: null, logChain: null, decided: null, injected: -1 }));
}

/** Decisions due this month that are not made yet (a decision taken back is due again). */
export function pendingDecisions(run: ExerciseRun): Exercise['decisions'] {
  const due = calendarOf(run).decisions.get(run.session.cursor.world.month) ?? [];
  if (due.length === 0) return [];
  const made = new Set(chainToArray(run.decided));
  return due.filter((d) => !made.has(d.id));
}

/** Prediction prompts open this month. */
export function openPrompts(run: ExerciseRun): Exercise['predictions'] {
  return calendarOf(run).prompts.get(run.session.cursor.world.month) ?? [];
}

/** The injects of the current month. */
export function currentInjects(run: ExerciseRun): Exercise['injects'] {
  return calendarOf(run).injects.get(run.session.cursor.world.month) ?? [];
}

/** The moves a role may make now. */
export function legalMoves(run: ExerciseRun, role: string): string[] {
  const actors = (Object.hasOwn(run.exercise.roles, role) ? run.exercise.roles[role]?.actors : undefined) ?? [];
  const defs = run.session.stepper.ir.scenario.triggers;
  return available(run.session)
    .filter((t) => t.enabled && defs[t.id]?.kind === 'move' && actors.includes(defs[t.id]?.actor ?? ''))
    .map((t) => t.id);
}

/** Applies one entry; anything not allowed is refused with the reason and what is allowed (a full transcript too). */
export function applyEntry(run: ExerciseRun, entry: Entry): ExerciseRun {
  if ((run.entryChain?.length ?? 0) >= MAX_ITEMS.transcriptEntries)
    throw userError('err.transcriptFull', { limit: MAX_ITEMS.transcriptEntries.toLocaleString('en-US') });
  const s = run.session;
  const outcomes = s.stepper.ir.outcomes.map((o) => o.id);
  const roles = Object.keys(run.exercise.roles);
  const record = (session: Session, decided = run.decided): ExerciseRun =>
    makeRun({
      ...stateOf(run),
      previous: run,
      session,
      decided,
      entryChain: append(run.entryChain, entry),
      logChain: append(run.logChain, { kind: 'entry', entry, month: s.cursor.world.month, fromStep: s.cursor.steps + 1, toStep: session.cursor.steps }),
    });
  switch (entry.kind) {
    case 'predict': {
      const prompt = openPrompts(run).find((p) => p.id === entry.prompt);
      if (!prompt)
        throw userError('err.noPrompt', {
          prompt: entry.prompt,
          month: formatMonth(s.stepper.ir.start + s.cursor.world.month),
          open: listOrNone(openPrompts(run).map((p) => p.id)),
        });
      const missing = outcomes.filter((o) => !(o in entry.p));
      const extra = Object.keys(entry.p).filter((o) => !outcomes.includes(o) && o !== 'undecided');
      if (missing.length > 0 || extra.length > 0)
        throw userErrorWith(
          'err.predictAll',
          extra.length ? msg('err.notOutcomes', { ids: extra.join(', ') }) : msg('err.missingOutcomes', { ids: missing.join(', ') }),
          { outcomes: outcomes.join(', ') },
        );
      const bad = Object.entries(entry.p).find(([, v]) => !(v >= 0 && v <= 1));
      if (bad) throw userError('err.notProbability', { outcome: bad[0], value: String(bad[1]) });
      const sum = Object.values(entry.p).reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 1) > 0.005) throw userError('err.probabilitySum', { sum: String(Math.round(sum * 1000) / 1000) });
      return record(s);
    }
    case 'decide': {
      const due = calendarOf(run).decisionById.get(entry.decision);
      if (!due || due.month !== s.cursor.world.month || chainHas(run.decided, due.decision.id))
        throw userError('err.notDue', { decision: entry.decision, due: listOrNone(pendingDecisions(run).map((d) => d.id)) });
      const decision = due.decision;
      if (entry.choice !== 'pass' && !decision.options.includes(entry.choice))
        throw userError('err.notOption', { choice: entry.choice, decision: decision.id, options: decision.options.join(', ') });
      return record(entry.choice === 'pass' ? s : fire(s, entry.choice), append(run.decided, decision.id));
    }
    case 'move': {
      if (!roles.includes(entry.role)) throw userErrorWith('err.unknownRole', suggestion(entry.role, roles, 'noun.roles'), { role: entry.role });
      const legal = legalMoves(run, entry.role);
      if (!legal.includes(entry.trigger)) throw userError('err.notMove', { trigger: entry.trigger, role: entry.role, moves: listOrNone(legal) });
      return record(fire(s, entry.trigger));
    }
    case 'force':
      return record(fire(s, entry.trigger));
    case 'veto':
      if (!roles.includes(entry.role)) throw userErrorWith('err.unknownRole', suggestion(entry.role, roles, 'noun.roles'), { role: entry.role });
      return record(s);
    case 'override':
      return record(override(s, entry.indicator, entry.value, entry.reason));
    case 'note':
      return record(s);
    case 'undo':
      return undoLast(run);
    case 'advance': {
      const pending = pendingDecisions(run);
      if (pending.length > 0) throw userError('err.decisionsFirst', { pending: pending.map((d) => `${d.id} (${d.role})`).join(', ') });
      return applyInjects(record(endMonth(run)));
    }
  }
}

/** Returns to the run before the last action; the undo and every earlier undo stay in the entries and the log. */
function undoLast(run: ExerciseRun): ExerciseRun {
  const prev = run.previous;
  let last: LogItem | null = null;
  for (let c = run.logChain; c && !last; c = c.before) if (c.last.kind === 'entry' && c.last.entry.kind !== 'undo') last = c.last;
  if (!prev || !last || last.kind !== 'entry') throw userError('err.exerciseStart');
  // The log items since `prev` (its log is a tail of this one), of which the undos stay.
  const undos: LogItem[] = [];
  for (let c = run.logChain; c && c !== prev.logChain; c = c.before) if (c.last.kind === 'entry' && c.last.entry.kind === 'undo') undos.push(c.last);
  undos.reverse();
  const steps = prev.session.cursor.steps;
  const item: LogItem = {
    kind: 'entry',
    entry: { kind: 'undo' },
    undone: last.entry,
    month: prev.session.cursor.world.month,
    fromStep: steps + 1,
    toStep: steps,
  };
  return makeRun({ ...stateOf(prev), entryChain: append(run.entryChain, { kind: 'undo' }), logChain: appendAll(prev.logChain, [...undos, item]) });
}

/** Ends the month by the exercise's rule: `scripted` (scheduled triggers only) or `rolled` (chance events, and moves by actors no role plays). */
function endMonth(run: ExerciseRun): Session {
  const s = run.session;
  if (run.exercise.months !== 'rolled') return advance(s);
  if (s.cursor.world.ended) return advance(s);
  const { action, rng } = rollMonth(s.stepper, s.cursor.world, s.cursor.rng, playedActors(run.exercise));
  return perform(s, action, rng);
}

/** The actors the roles play (they move only when a role or the facilitator says so). */
export const playedActors = (exercise: Exercise): ReadonlySet<string> => new Set(Object.values(exercise.roles).flatMap((r) => r.actors));

/** Fires the injects of the current month (once per month); an inject whose trigger cannot fire is logged as skipped. */
function applyInjects(run: ExerciseRun): ExerciseRun {
  let s = run.session;
  const month = s.cursor.world.month;
  if (run.injected === month) return run;
  const items: LogItem[] = [];
  for (const inj of currentInjects(run)) {
    const fromStep = s.cursor.steps + 1;
    let skipped: string | null = null;
    let skippedText: CatalogText | undefined;
    if (inj.fire && !s.cursor.world.ended) {
      try {
        s = fire(s, inj.fire);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        skipped = e.message;
        skippedText = e.text?.message;
      }
    }
    items.push({
      kind: 'inject',
      inject: inj.id,
      fired: inj.fire && skipped === null ? inj.fire : null,
      skipped,
      skippedText,
      month,
      fromStep,
      toStep: s.cursor.steps,
    });
  }
  return makeRun({ ...stateOf(run), session: s, logChain: appendAll(run.logChain, items), injected: month });
}
