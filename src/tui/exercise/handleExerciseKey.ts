// Keys of the facilitator screen: the keymap when no form is open, else the form's keys; nothing while the terminal is too small.
import type { KeyPress } from '../keyPress.js';
import { EXERCISE_KEYMAP } from './exerciseKeymap.js';
import type { ExerciseDeps, ExerciseUi } from './exerciseUi.js';
import { handleFormKey } from './handleFormKey.js';

/** The next state; `tooSmall` (the "enlarge the terminal" screen) ignores every key but q and Ctrl-C. */
export function handleExerciseKey(ui: ExerciseUi, key: KeyPress, deps: ExerciseDeps, tooSmall = false): ExerciseUi {
  if (key.ctrl && key.char === 'c') return { ...ui, quit: true };
  if (tooSmall) return key.char === 'q' && !ui.form ? { ...ui, quit: true } : ui;
  if (ui.help) return { ...ui, help: false };
  if (ui.form) return handleFormKey(ui, ui.form, key, deps);
  if (key.name === 'escape') return { ...ui, status: null };
  const ended = ui.run.session.cursor.world.ended;
  const binding = EXERCISE_KEYMAP.find((k) => k.matches(key));
  if (!binding) return ui;
  if (ended && !binding.whenEnded)
    return {
      ...ui,
      status: { kind: 'error', text: `the exercise has ended: "${binding.label}" is no longer possible; u takes back the last action, q quits` },
    };
  return binding.handler(ui, deps, key);
}
