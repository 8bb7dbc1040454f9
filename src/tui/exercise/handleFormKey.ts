// Keys inside a form: choose, type (checked as typed), go back, confirm; the entry is applied when the last field is done.
import { type MessageId, messageText, t } from '../../i18n/messages.js';
import type { KeyPress } from '../keyPress.js';
import { entryOf, type Field, type Form, fieldsOf } from './exerciseForms.js';
import { apply, type ExerciseDeps, type ExerciseUi } from './exerciseUi.js';

/** The next state of a form after one key. */
export function handleFormKey(ui: ExerciseUi, form: Form, key: KeyPress, deps: ExerciseDeps): ExerciseUi {
  if (key.name === 'escape') return { ...ui, form: null, status: { kind: 'info', text: t(ui.lang, 'x.cancelled') } };
  const fields = fieldsOf(ui.run, form, ui.lang);
  const field = fields[form.index];
  if (!field) return { ...ui, form: null };
  if (key.name === 'backspace' && (field.kind === 'select' || form.text === '')) return back(ui, form, fields);
  if (field.kind === 'select') {
    if (key.name === 'down' || key.char === 'j') return { ...ui, form: { ...form, selected: Math.min(field.options.length - 1, form.selected + 1) } };
    if (key.name === 'up' || key.char === 'k') return { ...ui, form: { ...form, selected: Math.max(0, form.selected - 1) } };
    if (key.name !== 'enter') return ui;
    const choice = field.options[form.selected];
    if (!choice) return { ...ui, form: null, status: { kind: 'error', text: t(ui.lang, 'x.nothingFor', { field: field.label }) } };
    if (choice.blocked) return { ...ui, status: { kind: 'error', text: t(ui.lang, 'x.cannotHappen', { value: choice.value, why: choice.blocked }) } };
    return next(ui, { ...form, answers: { ...form.answers, [field.key]: choice.value } }, fields.length, deps);
  }
  if (key.name === 'backspace') return { ...ui, form: { ...form, text: form.text.slice(0, -1) }, status: null };
  if (key.name === undefined && key.char && !key.ctrl) return { ...ui, form: { ...form, text: form.text + key.char }, status: null };
  if (key.name !== 'enter') return ui;
  const problem = field.check(form.text);
  if (problem) return { ...ui, status: { kind: 'error', text: problem } };
  return next(ui, { ...form, answers: { ...form.answers, [field.key]: form.text } }, fields.length, deps);
}

/** Back to the previous field, with its answer ready to change. */
function back(ui: ExerciseUi, form: Form, fields: readonly Field[]): ExerciseUi {
  if (form.index === 0) return ui;
  const prev = fields[form.index - 1] as Field;
  const answer = form.answers[prev.key] ?? '';
  const answers = Object.fromEntries(Object.entries(form.answers).filter(([k]) => k !== prev.key));
  const selected =
    prev.kind === 'select'
      ? Math.max(
          0,
          prev.options.findIndex((o) => o.value === answer),
        )
      : 0;
  return { ...ui, form: { ...form, answers, index: form.index - 1, selected, text: prev.kind === 'text' ? answer : '' }, status: null };
}

function next(ui: ExerciseUi, form: Form, count: number, deps: ExerciseDeps): ExerciseUi {
  const moved = { ...form, index: form.index + 1, selected: 0, text: '' };
  if (moved.index < count) {
    const field = fieldsOf(ui.run, moved, ui.lang)[moved.index];
    if (field?.kind === 'select' && field.options.length === 0)
      return { ...ui, form: null, status: { kind: 'error', text: t(ui.lang, 'x.nothingFor', { field: field.label }) } };
    return { ...ui, form: moved, status: null };
  }
  const entry = entryOf(ui.run, form);
  if (!entry) return { ...ui, form: null, status: { kind: 'info', text: t(ui.lang, 'x.cancelled') } };
  const done = apply(
    { ...ui, form: null },
    entry,
    deps,
    entry.kind === 'undo' ? t(ui.lang, 'x.takenBack') : t(ui.lang, 'x.recorded', { kind: kindWord(ui.lang, entry.kind) }),
  );
  return done.status?.kind === 'error' && done.run === ui.run ? { ...done, form: { ...form, index: form.index } } : done;
}

/** The kind of an entry in the facilitator's language: the word of its key in the hint bar (`override` is the `o` key, "set"). */
function kindWord(lang: string, kind: string): string {
  return messageText(lang, `xkey.${kind === 'override' ? 'set' : kind}.hint` as MessageId);
}
