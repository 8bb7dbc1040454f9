// Keys of the facilitator screen: open a form, fill it, apply the entry, save the transcript.
import { UserError } from '../../core/errors.js';
import type { ExerciseRun } from '../../exercise/exerciseRun.js';
import { applyEntry } from '../../exercise/exerciseRun.js';
import type { KeyPress } from '../keyPress.js';
import { errorStatus } from '../runAction.js';
import type { Status } from '../uiState.js';
import { entryOf, type Form, fieldsOf } from './exerciseForms.js';

export type ExerciseUi = {
  readonly run: ExerciseRun;
  readonly form: Form | null;
  readonly status: Status | null;
  readonly quit: boolean;
  readonly lang: string;
};

const ACTIONS: Record<string, string> = { d: 'decide', p: 'predict', m: 'move', f: 'force', v: 'veto', o: 'override', n: 'note' };
const TITLES: Record<string, string> = {
  decide: 'DECISION',
  predict: 'PREDICTION',
  move: 'MOVE BY A ROLE',
  force: 'ADJUDICATION: FORCE A TRIGGER',
  veto: 'ADJUDICATION: VETO A MOVE',
  override: 'ADJUDICATION: SET AN INDICATOR',
  note: 'NOTE',
};

/** The next UI state; `save` writes the transcript after every applied entry. */
export function handleExerciseKey(ui: ExerciseUi, key: KeyPress, save: (run: ExerciseRun) => void): ExerciseUi {
  if (key.ctrl && key.char === 'c') return { ...ui, quit: true };
  if (ui.form) return handleFormKey(ui, ui.form, key, save);
  const action = ACTIONS[key.char];
  if (action) return openForm(ui, action);
  if (key.char === 'a') return apply(ui, { kind: 'advance' }, save, 'the month ends');
  if (key.char === 'q') return { ...ui, quit: true };
  if (key.name === 'escape') return { ...ui, status: null };
  return ui;
}

function openForm(ui: ExerciseUi, action: string): ExerciseUi {
  const form: Form = { action, title: TITLES[action] ?? action, answers: {}, index: 0, selected: 0, text: '' };
  const first = fieldsOf(ui.run, form, ui.lang)[0];
  if (first?.kind === 'select' && first.options.length === 0) {
    const why =
      action === 'decide' ? 'no decision is due this month' : action === 'predict' ? 'no prediction prompt is open this month' : 'nothing to choose now';
    return { ...ui, status: { kind: 'error', text: why } };
  }
  return { ...ui, form, status: null };
}

function handleFormKey(ui: ExerciseUi, form: Form, key: KeyPress, save: (run: ExerciseRun) => void): ExerciseUi {
  if (key.name === 'escape') return { ...ui, form: null, status: { kind: 'info', text: 'cancelled' } };
  const fields = fieldsOf(ui.run, form, ui.lang);
  const field = fields[form.index];
  if (!field) return { ...ui, form: null };
  if (field.kind === 'select') {
    if (key.name === 'down' || key.char === 'j') return { ...ui, form: { ...form, selected: Math.min(field.options.length - 1, form.selected + 1) } };
    if (key.name === 'up' || key.char === 'k') return { ...ui, form: { ...form, selected: Math.max(0, form.selected - 1) } };
    if (key.name !== 'enter') return ui;
    const choice = field.options[form.selected];
    if (!choice) return { ...ui, form: null, status: { kind: 'error', text: `nothing to choose for "${field.label}" now` } };
    return next(ui, { ...form, answers: { ...form.answers, [field.key]: choice.value } }, fields.length, save);
  }
  if (key.name === 'backspace') return { ...ui, form: { ...form, text: form.text.slice(0, -1) } };
  if (key.name === undefined && key.char) return { ...ui, form: { ...form, text: form.text + key.char } };
  if (key.name !== 'enter') return ui;
  if (form.text.trim() === '') return { ...ui, status: { kind: 'error', text: `type ${field.label.toLowerCase()} first (Esc cancels)` } };
  return next(ui, { ...form, answers: { ...form.answers, [field.key]: form.text } }, fields.length, save);
}

function next(ui: ExerciseUi, form: Form, count: number, save: (run: ExerciseRun) => void): ExerciseUi {
  const moved = { ...form, index: form.index + 1, selected: 0, text: '' };
  if (moved.index < count) {
    const field = fieldsOf(ui.run, moved, ui.lang)[moved.index];
    if (field?.kind === 'select' && field.options.length === 0)
      return { ...ui, form: null, status: { kind: 'error', text: `nothing to choose for "${field.label}" now` } };
    return { ...ui, form: moved, status: null };
  }
  let entry: ReturnType<typeof entryOf>;
  try {
    entry = entryOf(ui.run, form);
  } catch (e) {
    return reask(ui, form, e);
  }
  if (!entry) return { ...ui, form: null, status: { kind: 'info', text: 'cancelled' } };
  const done = apply({ ...ui, form: null }, entry, save, `recorded: ${entry.kind}`);
  return done.status?.kind === 'error' && form.action === 'predict' ? reask(ui, form, new UserError(done.status.text)) : done;
}

/** A prediction that does not add up is asked again, from the first probability, keeping the prompt and team. */
function reask(ui: ExerciseUi, form: Form, e: unknown): ExerciseUi {
  const status = errorStatus(e);
  if (form.action !== 'predict') return { ...ui, form: null, status };
  const answers = Object.fromEntries(Object.entries(form.answers).filter(([k]) => !k.startsWith('p:')));
  return {
    ...ui,
    form: { ...form, answers, index: 2, selected: 0, text: '' },
    status: { kind: 'error', text: `${status.text}; enter the probabilities again` },
  };
}

function apply(ui: ExerciseUi, entry: Parameters<typeof applyEntry>[1], save: (run: ExerciseRun) => void, done: string): ExerciseUi {
  let run: ExerciseRun;
  try {
    run = applyEntry(ui.run, entry);
  } catch (e) {
    return { ...ui, status: errorStatus(e) };
  }
  try {
    save(run);
  } catch (e) {
    return { ...ui, run, status: { kind: 'error', text: `recorded, but the transcript could not be saved: ${e instanceof Error ? e.message : e}` } };
  }
  return { ...ui, run, status: { kind: 'info', text: `${done}; transcript saved` } };
}
