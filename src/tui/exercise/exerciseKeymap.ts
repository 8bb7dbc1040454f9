// The facilitator's keys as data: key, label, what it does. The hint bar and the help screen are generated from it.
import { wrapCells } from '../fitCells.js';
import type { KeyPress } from '../keyPress.js';
import { apply, type ExerciseDeps, type ExerciseUi, openForm, scrollLog } from './exerciseUi.js';

/** One key of the facilitator screen. `whenEnded` keys stay offered once the exercise has an ending. */
export type ExerciseKey = {
  /** The key as shown; `matches` decides what presses it takes. */
  readonly key: string;
  readonly label: string;
  readonly help: string;
  readonly hint: boolean;
  readonly whenEnded: boolean;
  readonly matches: (k: KeyPress) => boolean;
  readonly handler: (ui: ExerciseUi, deps: ExerciseDeps, press: KeyPress) => ExerciseUi;
};

const char = (c: string) => (k: KeyPress) => k.char === c && !k.ctrl;
const form = (key: string, label: string, action: string, help: string, whenEnded = false): ExerciseKey => ({
  key,
  label,
  help,
  hint: true,
  whenEnded,
  matches: char(key),
  handler: (ui) => openForm(ui, action),
});

/** Every key of the facilitator screen, in the order the hints show them. */
export const EXERCISE_KEYMAP: readonly ExerciseKey[] = [
  form('d', 'decide', 'decide', 'a decision due now: the role chooses one of its options, you confirm'),
  form('p', 'predict', 'predict', 'a prediction: the prompt, the team, then a probability per ending, each checked as typed'),
  {
    key: 'a',
    label: 'advance',
    help: "end the month (refused while a decision is due); the next month's injects happen",
    hint: true,
    whenEnded: false,
    matches: char('a'),
    handler: (ui, deps) =>
      ui.run.session.cursor.world.ended
        ? { ...ui, status: { kind: 'error', text: 'the exercise has ended: u takes back the last action, q quits' } }
        : apply(ui, { kind: 'advance' }, deps, 'the month ends'),
  },
  form('u', 'undo', 'undo', 'take back the last action (asks first); the transcript keeps it and the undo', true),
  form('m', 'move', 'move', "a move by a role: its actors' moves, those that cannot happen now marked with the reason; you confirm"),
  form('f', 'force', 'force', 'adjudication: force a trigger; you confirm'),
  form('v', 'veto', 'veto', "adjudication: veto a role's move, with a reason; you confirm"),
  form('o', 'set', 'override', 'adjudication: set an indicator within its range, with a reason; you confirm'),
  form('n', 'note', 'note', 'a note for the debrief', true),
  {
    key: '↑↓',
    label: 'log',
    help: 'scroll the log a line (PgUp/PgDn: a page)',
    hint: true,
    whenEnded: true,
    matches: (k) => k.name === 'up' || k.name === 'down',
    handler: (ui, _, k) => scrollBy(ui, k),
  },
  {
    key: 'PgUp/PgDn',
    label: 'log page',
    help: '',
    hint: false,
    whenEnded: true,
    matches: (k) => k.name === 'pageup' || k.name === 'pagedown',
    handler: (ui, _, k) => scrollBy(ui, k),
  },
  { key: '?', label: 'help', help: 'this help; any key closes it', hint: true, whenEnded: true, matches: char('?'), handler: (ui) => ({ ...ui, help: true }) },
  {
    key: 'q',
    label: 'quit',
    help: 'quit; the transcript is already saved',
    hint: true,
    whenEnded: true,
    matches: char('q'),
    handler: (ui) => ({ ...ui, quit: true }),
  },
];

const PAGE = 5;
function scrollBy(ui: ExerciseUi, k: KeyPress): ExerciseUi {
  return scrollLog(ui, k.name === 'up' ? 1 : k.name === 'down' ? -1 : k.name === 'pageup' ? PAGE : -PAGE);
}

/** The hint bar for `width` cells: the keys offered now, in order, always ending with help and quit (the rest are in the help). */
export function exerciseHints(ended: boolean, width: number): string {
  const offered = EXERCISE_KEYMAP.filter((k) => k.hint && (!ended || k.whenEnded)).map((k) => `${k.key} ${k.label}`);
  const tail = offered.slice(-2);
  const out: string[] = [];
  for (const h of offered.slice(0, -2)) if ([...out, h, ...tail].join('  ').length <= width) out.push(h);
  return [...out, ...tail].join('  ');
}

/** The help screen's lines for `width` cells: each key, then what it does, wrapped under itself. */
export function exerciseHelp(width: number): string[] {
  return EXERCISE_KEYMAP.filter((k) => k.help !== '').flatMap((k) => wrapCells(k.help, width - 5).map((l, i) => `${(i === 0 ? k.key : '').padEnd(4)} ${l}`));
}
