// The facilitator's keys as data, in the same Keymap type as the simulator's: the hint bar and the help screen are generated from it.
import { t } from '../../i18n/messages.js';
import { ANY, helpLines, hintLine, type KeyBinding, type Keymap, TEXT } from '../keymap.js';
import type { KeyPress } from '../keyPress.js';
import { apply, type ExerciseDeps, type ExerciseUi, openForm, scrollLog } from './exerciseUi.js';
import { handleFormKey } from './handleFormKey.js';

type Binding = KeyBinding<ExerciseUi, ExerciseDeps>;

const running = (ui: ExerciseUi) => !ui.run.session.cursor.world.ended;
const form = (key: string, action: string, label: Binding['label'], hint: Binding['label'], whenEnded = false): Binding => ({
  keys: [key],
  keyLabel: key,
  label,
  hint: { keys: key, text: hint },
  ...(whenEnded ? {} : { offered: running }),
  handle: (ui) => openForm(ui, action),
});

/** Every key of the facilitator screen, in the order the hints show them; keys not `offered` once the exercise has ended are refused with a reason. */
export const EXERCISE_KEYMAP: Keymap<ExerciseUi, ExerciseDeps> = [
  form('d', 'decide', 'xkey.decide', 'xkey.decide.hint'),
  form('p', 'predict', 'xkey.predict', 'xkey.predict.hint'),
  {
    keys: ['a'],
    keyLabel: 'a',
    label: 'xkey.advance',
    hint: { keys: 'a', text: 'xkey.advance.hint' },
    offered: running,
    handle: (ui, _, deps) => apply(ui, { kind: 'advance' }, deps, t(ui.lang, 'x.monthEnds')),
  },
  form('u', 'undo', 'xkey.undo', 'xkey.undo.hint', true),
  form('m', 'move', 'xkey.move', 'xkey.move.hint'),
  form('f', 'force', 'xkey.force', 'xkey.force.hint'),
  form('v', 'veto', 'xkey.veto', 'xkey.veto.hint'),
  form('o', 'override', 'xkey.set', 'xkey.set.hint'),
  form('n', 'note', 'xkey.note', 'xkey.note.hint', true),
  {
    keys: ['up', 'down', 'pageup', 'pagedown'],
    // What PgUp/PgDn do is in the text: a narrow key column leaves the texts room at 80 columns.
    keyLabel: '↑↓',
    label: 'xkey.log',
    hint: { keys: '↑↓', text: 'xkey.log.hint' },
    handle: (ui, k) => scrollBy(ui, k),
  },
  { keys: ['?'], keyLabel: '?', label: 'xkey.help', hint: { keys: '?', text: 'key.help.hint' }, handle: (ui) => ({ ...ui, help: true }) },
  { keys: ['q'], keyLabel: 'q', label: 'xkey.quit', hint: { keys: 'q', text: 'key.quit.hint' }, handle: (ui) => ({ ...ui, quit: true }) },
  { keys: ['escape'], keyLabel: 'Esc', label: 'key.clear', handle: (ui) => ({ ...ui, status: null }) },
];

/** Keys inside a form: the form's own handler reads the field (a list or typed text) to tell what each key does. */
export const FORM_KEYS: Keymap<ExerciseUi, ExerciseDeps> = [
  { keys: ['up', 'down', 'k', 'j'], keyLabel: '↑↓', label: 'xkey.choose', hint: { keys: '↑↓', text: 'xkey.choose.hint' }, handle: formKey },
  { keys: [TEXT], label: 'xkey.answer', hint: { keys: '', text: 'xkey.answer.hint' }, handle: formKey },
  { keys: ['enter'], keyLabel: 'Enter', label: 'xkey.next', hint: { keys: '⏎', text: 'xkey.next.hint' }, handle: formKey },
  { keys: ['backspace'], keyLabel: 'Backspace', label: 'xkey.back', hint: { keys: 'Backspace', text: 'xkey.back.hint' }, handle: formKey },
  { keys: ['escape'], keyLabel: 'Esc', label: 'key.cancel', hint: { keys: 'Esc', text: 'key.cancel.hint' }, handle: formKey },
];

/** The help screen: any key closes it. */
export const EXERCISE_HELP_KEYS: Keymap<ExerciseUi, ExerciseDeps> = [{ keys: [ANY], label: 'key.close', handle: (ui) => ({ ...ui, help: false }) }];

/** The "enlarge the terminal" screen: only q (not while a form is open). */
export const EXERCISE_SMALL_KEYS: Keymap<ExerciseUi, ExerciseDeps> = [
  {
    keys: ['q'],
    keyLabel: 'q',
    label: 'key.smallQuit',
    hint: { keys: 'q', text: 'key.smallQuit.hint' },
    handle: (ui) => (ui.form ? ui : { ...ui, quit: true }),
  },
];

/** The keymap answering keys now: the help's, a form's, or the screen's. */
export function exerciseKeymapOf(ui: ExerciseUi): Keymap<ExerciseUi, ExerciseDeps> {
  return ui.help ? EXERCISE_HELP_KEYS : ui.form ? FORM_KEYS : EXERCISE_KEYMAP;
}

function formKey(ui: ExerciseUi, key: KeyPress, deps: ExerciseDeps): ExerciseUi {
  return ui.form ? handleFormKey(ui, ui.form, key, deps) : ui;
}

const PAGE = 5;
function scrollBy(ui: ExerciseUi, k: KeyPress): ExerciseUi {
  return scrollLog(ui, k.name === 'up' ? 1 : k.name === 'down' ? -1 : k.name === 'pageup' ? PAGE : -PAGE);
}

/** The hint bar for `width` cells: the keys offered now, in order, always ending with help and quit (the rest are in the help). */
export function exerciseHints(ui: ExerciseUi, width: number): string {
  return hintLine(exerciseKeymapOf(ui), ui.lang, width, ui);
}

/** Keys a screen around this one answers first (the host's), as help lists them: keys and what they do. */
export type MoreKeys = readonly Pick<KeyBinding<unknown>, 'keys' | 'keyLabel' | 'label'>[];

/** The help screen's lines for `width` cells: each key, then what it does, wrapped under itself; `more` before help and quit. */
export function exerciseHelp(lang: string, width: number, more: MoreKeys = []): string[] {
  const at = EXERCISE_KEYMAP.findIndex((b) => b.keys.includes('?'));
  const extra: Keymap<ExerciseUi, ExerciseDeps> = more.map((b) => ({ ...b, handle: (ui: ExerciseUi) => ui }));
  return helpLines([...EXERCISE_KEYMAP.slice(0, at), ...extra, ...EXERCISE_KEYMAP.slice(at)], lang, width);
}
