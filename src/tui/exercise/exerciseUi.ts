// The facilitator screen's state and the moves every key handler shares: open a form, apply an entry, scroll the log.

import type { Entry } from '../../exercise/exerciseEntry.js';
import { applyEntry, type ExerciseRun } from '../../exercise/exerciseRun.js';
import { type MessageId, messageText, t } from '../../i18n/messages.js';
import { errorValue } from '../../i18n/userError.js';
import { errorStatus } from '../runAction.js';
import type { Status } from '../uiState.js';
import { describeEntry } from './describeEntry.js';
import { type Form, fieldsOf } from './exerciseForms.js';

/** The model's odds shown on screen: each ending with its share of `runs` simulated endings. */
export type OddsView = {
  readonly runs: number;
  readonly halfWidth: number;
  /** Each ending's share of the runs, with its 95% interval. */
  readonly items: readonly { readonly id: string; readonly p: number; readonly lo: number; readonly hi: number }[];
};

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
    status: { kind: 'info', text: t(lang, 'x.transcript', { file: transcript }) },
    quit: false,
    lang,
    logBack: 0,
    help: false,
    odds: deps.estimate(run),
    transcript,
  };
}

/** Opens the form of an action, or says why there is nothing to choose. */
export function openForm(ui: ExerciseUi, action: string): ExerciseUi {
  let title = messageText(ui.lang, `x.title.${action}` as MessageId);
  if (action === 'undo') {
    const last = [...ui.run.log].reverse().find((l) => l.kind === 'entry' && l.entry.kind !== 'undo');
    if (!ui.run.previous || !last || last.kind !== 'entry') return { ...ui, status: { kind: 'error', text: t(ui.lang, 'x.nothingToUndo') } };
    title = t(ui.lang, 'x.undoTitle', { entry: describeEntry(ui.run, last.entry, ui.lang) });
  }
  const form: Form = { action, title, answers: {}, index: 0, selected: 0, text: '' };
  const first = fieldsOf(ui.run, form, ui.lang)[0];
  if (first?.kind === 'select' && first.options.length === 0) {
    const why = t(ui.lang, action === 'decide' ? 'x.noDecision' : action === 'predict' ? 'x.noPrompt' : 'x.nothingToChoose');
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
    return { ...ui, status: errorStatus(e, ui.lang) };
  }
  const next = { ...ui, run, logBack: 0, odds: deps.estimate(run) };
  try {
    deps.save(run);
  } catch (e) {
    return { ...next, status: { kind: 'error', text: t(ui.lang, 'x.notSaved', { message: errorValue(e) }) } };
  }
  return { ...next, status: { kind: 'info', text: t(ui.lang, 'x.saved', { done }) } };
}

/** Scrolls the log by `by` lines (positive: back in time), within what there is. */
export function scrollLog(ui: ExerciseUi, by: number): ExerciseUi {
  return { ...ui, logBack: Math.max(0, Math.min(ui.run.log.length - 1, ui.logBack + by)) };
}
