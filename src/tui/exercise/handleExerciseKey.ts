// Keys of the facilitator screen: the keymap of what is open (help, a form, the screen); nothing but q while the terminal is too small.
import { messageText, t } from '../../i18n/messages.js';
import { findBinding } from '../keymap.js';
import type { KeyPress } from '../keyPress.js';
import { EXERCISE_SMALL_KEYS, exerciseKeymapOf } from './exerciseKeymap.js';
import type { ExerciseDeps, ExerciseUi } from './exerciseUi.js';

/** The next state; `tooSmall` (the "enlarge the terminal" screen) ignores every key but q and Ctrl-C. */
export function handleExerciseKey(ui: ExerciseUi, key: KeyPress, deps: ExerciseDeps, tooSmall = false): ExerciseUi {
  if (key.ctrl && key.char === 'c') return { ...ui, quit: true };
  const binding = findBinding(tooSmall ? EXERCISE_SMALL_KEYS : exerciseKeymapOf(ui), key);
  if (!binding) return ui;
  if (binding.offered && !binding.offered(ui)) {
    const label = binding.hint ? messageText(ui.lang, binding.hint.text) : binding.keys.join(' ');
    return { ...ui, status: { kind: 'error', text: t(ui.lang, 'x.ended', { label }) } };
  }
  return binding.handle(ui, key, deps);
}
