// The facilitator screen's state and the moves every key handler shares: open a form, apply an entry, scroll the log.

import type { Entry } from '../../exercise/exerciseEntry.js';
import { applyEntry, type ExerciseRun } from '../../exercise/exerciseRun.js';
import { errorStatus } from '../runAction.js';
import type { Status } from '../uiState.js';
import { describeEntry } from './describeEntry.js';
import { type Form, fieldsOf } from './exerciseForms.js';

/** The model's odds shown on screen: each ending with its share of `runs` simulated endings. */
export type OddsView = { readonly runs: number; readonly halfWidth: number; readonly items: readonly { readonly id: string; readonly p: number }[] };

/** What the screen needs besides its state: where the transcript goes, and the model's odds of a run. */
export type ExerciseDeps = { readonly save: (run: ExerciseRun) => void; readonly estimate: (run: ExerciseRun) => OddsView | null };

/** The facilitator screen's state. */
export type ExerciseUi = {
  readonly run: ExerciseRun;
  readonly form: Form | null;
  readonly status: Status | null;
  readonly quit: boolean;
  readonly lang: string;
  /** How many lines the log is scrolled back from its newest line. */
  readonly logBack: number;
  readonly help: boolean;
  readonly odds: OddsView | null;
  readonly transcript: string;
};

/** A fresh screen on a run. */
export function initialExerciseUi(run: ExerciseRun, lang: string, transcript: string, deps: ExerciseDeps): ExerciseUi {
  return {
    run,
    form: null,
    status: { kind: 'info', text: `transcript: ${transcript}` },
    quit: false,
    lang,
    logBack: 0,
    help: false,
    odds: deps.estimate(run),
    transcript,
  };
}

const TITLES: Record<string, string> = {
  decide: 'DECISION',
  predict: 'PREDICTION',
  move: 'MOVE BY A ROLE',
  force: 'ADJUDICATION: FORCE A TRIGGER',
  veto: 'ADJUDICATION: VETO A MOVE',
  override: 'ADJUDICATION: SET AN INDICATOR',
  note: 'NOTE',
  undo: 'UNDO',
};

/** Opens the form of an action, or says why there is nothing to choose. */
export function openForm(ui: ExerciseUi, action: string): ExerciseUi {
  let title = TITLES[action] ?? action;
  if (action === 'undo') {
    const last = [...ui.run.log].reverse().find((l) => l.kind === 'entry' && l.entry.kind !== 'undo');
    if (!ui.run.previous || !last || last.kind !== 'entry') return { ...ui, status: { kind: 'error', text: 'nothing to undo: the exercise is at its start' } };
    title = `UNDO: take back "${describeEntry(ui.run, last.entry, ui.lang)}"? (the transcript keeps both)`;
  }
  const form: Form = { action, title, answers: {}, index: 0, selected: 0, text: '' };
  const first = fieldsOf(ui.run, form, ui.lang)[0];
  if (first?.kind === 'select' && first.options.length === 0) {
    const why =
      action === 'decide' ? 'no decision is due this month' : action === 'predict' ? 'no prediction prompt is open this month' : 'nothing to choose now';
    return { ...ui, status: { kind: 'error', text: why } };
  }
  return { ...ui, form, status: null };
}

/** Applies an entry, saves the transcript and refreshes the odds; a refusal becomes the status and nothing changes. */
export function apply(ui: ExerciseUi, entry: Entry, deps: ExerciseDeps, done: string): ExerciseUi {
  let run: ExerciseRun;
  try {
    run = applyEntry(ui.run, entry);
  } catch (e) {
    return { ...ui, status: errorStatus(e) };
  }
  const next = { ...ui, run, logBack: 0, odds: deps.estimate(run) };
  try {
    deps.save(run);
  } catch (e) {
    return { ...next, status: { kind: 'error', text: `recorded, but the transcript could not be saved: ${e instanceof Error ? e.message : e}` } };
  }
  return { ...next, status: { kind: 'info', text: `${done}; transcript saved` } };
}

/** Scrolls the log by `by` lines (positive: back in time), within what there is. */
export function scrollLog(ui: ExerciseUi, by: number): ExerciseUi {
  return { ...ui, logBack: Math.max(0, Math.min(ui.run.log.length - 1, ui.logBack + by)) };
}
