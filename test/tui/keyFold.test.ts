// Key sequences folded through the pure key reducers, read back through the screen model: no rendering, no waiting.
import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { type Session, startSession } from '../../src/engine/session.js';
import { parseSession, serializeSession } from '../../src/engine/sessionFile.js';
import { applyEntry, type ExerciseRun, startExercise } from '../../src/exercise/exerciseRun.js';
import { messageText } from '../../src/i18n/messages.js';
import { loadExercise } from '../../src/scenario/loadExercise.js';
import { EXERCISE_KEYMAP, exerciseHelp, exerciseHints, exerciseKeymapOf } from '../../src/tui/exercise/exerciseKeymap.js';
import { type ExerciseDeps, type ExerciseUi, initialExerciseUi } from '../../src/tui/exercise/exerciseUi.js';
import { handleExerciseKey } from '../../src/tui/exercise/handleExerciseKey.js';
import { autoplayStep, handleAppKey } from '../../src/tui/handleAppKey.js';
import { NORMAL_KEYS } from '../../src/tui/handleNormalKey.js';
import type { TuiIo, View } from '../../src/tui/keyContext.js';
import { findBinding, hintLine, keyId, keyLabelOf } from '../../src/tui/keymap.js';
import { type KeyName, type KeyPress, splitKeys } from '../../src/tui/keyPress.js';
import { ALWAYS_KEYS, keymapOf } from '../../src/tui/modeKeys.js';
import { overlayView } from '../../src/tui/overlayView.js';
import { screenModel } from '../../src/tui/screenModel.js';
import { initialUiState, type UiState } from '../../src/tui/uiState.js';
import { fixtureStepper } from '../helpers.js';

const ESC: KeyPress = { char: '', name: 'escape' };
const PLAIN = {} as Key;

/** Typed text becomes key presses the way ink's input does (one chunk); named keys pass as they are. */
const pressesOf = (keys: readonly (string | KeyPress)[]): KeyPress[] => keys.flatMap((k) => (typeof k === 'string' ? splitKeys(k, PLAIN) : [k]));

const stepper = fixtureStepper('minimal');

/** A session store in memory, recording every write. */
function memoryIo(): TuiIo & { files: Map<string, string> } {
  const files = new Map<string, string>();
  return {
    files,
    writeSession: (path: string, session: Session) => {
      files.set(path, serializeSession(session));
    },
    readSession: (path: string) => {
      const text = files.get(path);
      if (text === undefined) throw new UserError(`session file not found: ${path}`, 'check the path');
      return parseSession(text, path, stepper);
    },
  };
}

const VIEW: View = { columns: 80, rows: 24, odds: { kind: 'off' } };
const fold = (state: UiState, io: TuiIo, ...keys: (string | KeyPress)[]) => pressesOf(keys).reduce((s, k) => handleAppKey(s, k, io, VIEW), state);
const start = () => initialUiState(startSession(stepper, 1), 'en', null, null);
const model = (state: UiState) => screenModel(state, 10);

const NAMES: KeyName[] = ['up', 'down', 'left', 'right', 'enter', 'escape', 'tab', 'backspace', 'pageup', 'pagedown'];
/** Every key a user can press: the named keys, the printable characters, Ctrl+C. */
const ALL_KEYS: KeyPress[] = [
  ...NAMES.map((name): KeyPress => ({ char: '', name })),
  ...Array.from({ length: 95 }, (_, i): KeyPress => ({ char: String.fromCharCode(32 + i) })),
  { char: 'c', ctrl: true },
];
const SYMBOLS: Readonly<Record<string, KeyName>> = {
  '↑': 'up',
  '↓': 'down',
  '←': 'left',
  '→': 'right',
  '⏎': 'enter',
  Esc: 'escape',
  Tab: 'tab',
  PgUp: 'pageup',
  PgDn: 'pagedown',
  Backspace: 'backspace',
};
/** The keys a hint entry names before its word: `↑↓/jk select` → ↑ ↓ j k; `any other key closes` → none. */
function hintedKeys(entry: string): KeyPress[] {
  const presses: KeyPress[] = [];
  for (const token of entry.split(' ')) {
    const parts = token === '/' ? ['/'] : token.split('/');
    const keys = parts.map((p): KeyPress[] | null => {
      const named = SYMBOLS[p];
      if (named) return [{ char: '', name: named }];
      // ^U: Ctrl and a letter.
      if (/^\^[A-Z]$/.test(p)) return [{ char: (p[1] as string).toLowerCase(), ctrl: true }];
      if ([...p].every((c) => SYMBOLS[c])) return [...p].map((c) => ({ char: '', name: SYMBOLS[c] as KeyName }));
      return p.length <= 2 && /^[\x21-\x7e]+$/.test(p) ? [...p].map((char) => ({ char })) : null;
    });
    if (keys.some((k) => k === null)) break;
    presses.push(...keys.flatMap((k) => k ?? []));
  }
  return presses;
}

describe('the simulator keys, folded', () => {
  it('should move the selection with j and k, one step per key even in one chunk', () => {
    const io = memoryIo();
    const down = fold(start(), io, 'jj');
    expect(down.selectedTrigger).toBe(2);
    expect(model(down).selectedInfo).toBe('× deadline: fires by itself with the clock (2025-12)');
    expect(fold(down, io, 'k').selectedTrigger).toBe(1);
    expect(fold(down, io, 'jjj').selectedTrigger, 'stops at the last trigger').toBe(2);
  });

  it('should fire the selected trigger and show its effects and transitions', () => {
    const m = model(fold(start(), memoryIo(), '\r'));
    expect(m.step).toBe(1);
    expect(m.actors[0]).toMatchObject({ id: 'gov', state: 'quiet', stateLabel: 'Quiet', changed: true });
    expect(m.indicators[0]).toMatchObject({ id: 'risk', value: 80, delta: 30, history: [50, 80] });
    expect(m.steps).toEqual([{ index: 1, date: '2025-09', trigger: 'shock', summary: 'gov → quiet, risk +30' }]);
  });

  it('should advance, undo and redo months', () => {
    const io = memoryIo();
    const two = fold(start(), io, 'aa');
    expect(model(two)).toMatchObject({ step: 2, date: 'Nov 2025', month: 2 });
    expect(model(fold(two, io, 'uu'))).toMatchObject({ step: 0, date: 'Sep 2025' });
    expect(model(fold(two, io, 'uur'))).toMatchObject({ step: 1, date: 'Oct 2025' });
  });

  it('should filter the trigger list as you type, and clear it with Esc', () => {
    const io = memoryIo();
    const filtered = fold(start(), io, '/sp\r');
    expect(model(filtered).triggers.map((t) => t.id)).toEqual(['speak']);
    expect(model(fold(filtered, io, '/', ESC)).triggers.map((t) => t.id)).toEqual(['shock', 'speak', 'deadline']);
  });

  it('should save, mark changes unsaved, ask before quitting, and keep the session when an open fails', () => {
    const io = memoryIo();
    const typed = fold(start(), io, '\r', 's', '\x7f'.repeat('minimal.session.json'.length), 'a.json');
    expect(typed.mode).toEqual({ kind: 'prompt', purpose: 'save', value: 'a.json' });
    const saved = fold(typed, io, '\r');
    expect(io.files.has('a.json')).toBe(true);
    expect(model(saved).dirty).toBe(false);
    expect(fold(saved, io, 'q').quit, 'nothing unsaved: quits at once').toBe(true);
    const changed = fold(saved, io, 'a');
    expect(model(changed).dirty).toBe(true);
    expect(fold(changed, io, 'q').mode).toEqual({ kind: 'confirm-quit', reason: 'q' });
    expect(fold(changed, io, 'qn')).toMatchObject({ quit: false, status: { kind: 'info', text: 'quit cancelled' } });
    expect(fold(changed, io, 'o').mode, 'unsaved work: asks first').toEqual({ kind: 'confirm-open' });
    const reopened = fold(changed, io, 'oy\r');
    expect(model(reopened)).toMatchObject({ step: 1, dirty: false });
    expect(reopened.status).toEqual({ kind: 'info', text: 'opened a.json' });
    io.files.set('a.json', '{"format": "statecraft-session", "version": 99}');
    const refused = fold(changed, io, 'oy\r');
    expect(refused.status).toMatchObject({ kind: 'error', text: expect.stringContaining('session version 99 is newer') });
    expect(refused.session, 'the session is kept').toBe(changed.session);
    expect(model(refused).dirty).toBe(true);
  });

  it('should branch, switch back and leave the other branch as it was', () => {
    const io = memoryIo();
    const branched = fold(start(), io, 'a', 'b', '\r', '\r');
    expect(model(branched)).toMatchObject({ branch: 'branch-2', branches: 2, step: 2 });
    const back = fold(branched, io, 'B', 'k\r');
    expect(model(back)).toMatchObject({ branch: 'main', step: 1 });
  });

  it('should open help and the explanation, and close them with any key', () => {
    const io = memoryIo();
    expect(fold(start(), io, '?').mode).toEqual({ kind: 'help' });
    expect(fold(start(), io, '?x').mode).toEqual({ kind: 'normal' });
    expect(fold(start(), io, 'e').status).toMatchObject({ kind: 'error' });
    expect(fold(start(), io, 'ae').mode).toEqual({ kind: 'explain', step: 1, scroll: 0 });
  });

  it('should roll a month by chance with R, the same for the same seed', () => {
    const io = memoryIo();
    const rolled = fold(start(), io, 'R');
    expect(model(rolled)).toMatchObject({ step: 1, month: 1 });
    expect(rolled.status?.text).toMatch(/^rolled Sep 2025, (nothing happened by chance|by chance: \w+)/);
    expect(fold(start(), io, 'R').session.cursor.world, 'same seed, same month').toEqual(rolled.session.cursor.world);
    expect(model(fold(rolled, io, 'u')).step, 'one undo takes the whole month back').toBe(0);
  });

  it('should start autoplay with P, roll a month per tick, and stop on any key', () => {
    const io = memoryIo();
    const playing = fold(start(), io, 'P');
    expect(playing.mode).toEqual({ kind: 'autoplay' });
    const ticked = autoplayStep(autoplayStep(playing));
    expect(model(ticked).month).toBe(2);
    const stopped = fold(ticked, io, 'x');
    expect(stopped.mode).toEqual({ kind: 'normal' });
    expect(stopped.status?.text).toBe('autoplay stopped at Nov 2025, step 2');
    let end = playing;
    for (let i = 0; i < 20 && end.mode.kind === 'autoplay'; i++) end = autoplayStep(end);
    expect(end).toMatchObject({ mode: { kind: 'normal' }, status: { text: expect.stringMatching(/^autoplay reached the end: /) } });
    expect(fold(end, io, 'P').status, 'an ended scenario does not autoplay').toMatchObject({ kind: 'error' });
  });

  it('should jump back to the selected timeline step with g, in one move', () => {
    const io = memoryIo();
    const three = fold(start(), io, 'aaa');
    expect(fold(three, io, 'g').status).toMatchObject({ kind: 'error', text: expect.stringContaining('select a step first') });
    const jumped = fold(three, io, '\t', 'kk', 'g');
    expect(model(jumped)).toMatchObject({ step: 1, month: 1 });
    expect(jumped.status?.text).toBe('jumped back to step 1 (r redoes one action at a time; b branches here)');
  });

  it('should open the details with i and close them with any other key', () => {
    const io = memoryIo();
    const details = fold(start(), io, 'i');
    expect(details.mode).toEqual({ kind: 'details' });
    expect(overlayView(details, { kind: 'off' }, 80)?.lines[0]).toBe('Selected trigger: Shock [shock, exogenous]');
    expect(fold(details, io, 'x').mode).toEqual({ kind: 'normal' });
  });

  it('should ask before Ctrl+C quits with unsaved work, and quit keeping the autosave when pressed again', () => {
    const io = memoryIo();
    const ctrlC: KeyPress = { char: 'c', ctrl: true };
    expect(fold(start(), io, ctrlC).quit, 'nothing unsaved').toBe(true);
    const asked = fold(start(), io, 'a', '?', ctrlC);
    expect(asked.mode).toEqual({ kind: 'confirm-quit', reason: 'Ctrl+C' });
    expect(fold(asked, io, ctrlC)).toMatchObject({ quit: true, keepRecovery: true });
  });

  it('should answer every key of the main screen through its keymap, and list every binding in the help', () => {
    const io = memoryIo();
    const busy = fold(start(), io, 'a', 'b\r', 'x');
    const answered = ALL_KEYS.filter((key) => fold(busy, io, key) !== busy).map(keyId);
    const listed = [...NORMAL_KEYS, ...ALWAYS_KEYS].flatMap((b) => b.keys);
    expect(
      answered.filter((k) => !listed.includes(k)),
      'keys that work but are in no binding (so in no help line)',
    ).toEqual([]);
    expect(
      listed.filter((k) => !answered.includes(k)),
      'keys in a binding that do nothing',
    ).toEqual([]);
    const help = overlayView({ ...busy, mode: { kind: 'help' } }, { kind: 'off' }, 200)?.lines ?? [];
    for (const b of [...NORMAL_KEYS, ...keymapOf('compare'), ...ALWAYS_KEYS])
      expect(
        help.some((l) => l.trim().startsWith(keyLabelOf(b, 'en')) && l.endsWith(messageText('en', b.label))),
        `help line for ${b.keys.join(' ')}`,
      ).toBe(true);
    expect(help.slice(0, 3)).toEqual([
      '↑ ↓  j k   select a trigger (or a step, in the timeline)',
      'Tab        switch between the triggers, the timeline and the odds',
      'Enter      fire the selected trigger / explain the selected step / what drives the odds',
    ]);
  });

  it('should only hint keys that a binding of the mode answers', () => {
    const io = memoryIo();
    const stepped = fold(start(), io, 'a', 'b\r');
    const modes: UiState[] = [
      start(),
      fold(start(), io, '/'),
      fold(start(), io, 's'),
      fold(stepped, io, '?'),
      fold(stepped, io, 'e'),
      fold(stepped, io, 'c'),
      fold(stepped, io, 'B'),
      fold(stepped, io, 'q'),
      fold(stepped, io, 'o'),
      fold(stepped, io, 'P'),
    ];
    expect(modes.map((m) => m.mode.kind)).toEqual([
      'normal',
      'filter',
      'prompt',
      'help',
      'explain',
      'compare',
      'branches',
      'confirm-quit',
      'confirm-open',
      'autoplay',
    ]);
    for (const state of modes) {
      const keymap = keymapOf(state.mode.kind);
      for (const width of [80, 300]) {
        for (const entry of hintLine(keymap, 'en', width, state).split('  ')) {
          for (const press of hintedKeys(entry))
            expect(findBinding(keymap, press)?.keys ?? [], `"${entry}" in the ${state.mode.kind} hint bar`).toContain(keyId(press));
        }
      }
    }
    expect(hintLine(NORMAL_KEYS, 'en', 80)).toBe('↑↓ select  ⏎ fire  a month  R roll  u/r undo/redo  e explain  ? help  q quit');
    expect(hintLine(keymapOf('confirm-quit'), 'en', 80)).toBe('y quits without saving  s saves, then quits  any other key stays');
  });

  it('should read one named key from an escape sequence and one press per character otherwise', () => {
    expect(splitKeys('', { ...PLAIN, upArrow: true })).toEqual([{ char: '', name: 'up', ctrl: undefined }]);
    expect(splitKeys('a\r\t\x7f', PLAIN)).toEqual([{ char: 'a' }, { char: '', name: 'enter' }, { char: '', name: 'tab' }, { char: '', name: 'backspace' }]);
    expect(splitKeys('c', { ...PLAIN, ctrl: true })).toEqual([{ char: 'c', ctrl: true }]);
  });
});

describe('the facilitator keys, folded', () => {
  const loaded = loadExercise('test/fixtures/exercises/valid.yaml');
  const exerciseStepper = createStepper(compileScenario(loaded.scenario));
  const deps = (saved: ExerciseRun[]): ExerciseDeps => ({ save: (r) => saved.push(r), estimate: () => null });
  const open = (run: ExerciseRun) => ({ ...initialExerciseUi(run, 'en', 'test.transcript.json', deps([])), status: null });
  const foldExercise = (ui: ExerciseUi, saved: ExerciseRun[], ...keys: (string | KeyPress)[]) =>
    pressesOf(keys).reduce((u, k) => handleExerciseKey(u, k, deps(saved)), ui);

  it('should require a reason before setting an indicator, then record and save it', () => {
    const saved: ExerciseRun[] = [];
    const asked = foldExercise(open(startExercise(loaded.exercise, exerciseStepper, 1)), saved, 'o', '\r', '90\r', '\r');
    expect(asked.status).toEqual({ kind: 'error', text: 'type a reason first (Esc cancels)' });
    expect(saved).toEqual([]);
    const done = foldExercise(asked, saved, 'intelligence warning\r', '\r');
    expect(done.status).toEqual({ kind: 'info', text: 'recorded: set; transcript saved' });
    expect(saved.at(-1)?.entries.at(-1)).toMatchObject({ kind: 'override', indicator: 'threat', value: 90, reason: 'intelligence warning' });
  });

  it('should take a decision in three presses, and refuse one that is not due', () => {
    const saved: ExerciseRun[] = [];
    const due = applyEntry(startExercise(loaded.exercise, exerciseStepper, 1), { kind: 'advance' });
    const decided = foldExercise(open(due), saved, 'd\r\r\r');
    expect(saved.at(-1)?.entries.at(-1)).toEqual({ kind: 'decide', decision: 'host_speaks', choice: 'go_public' });
    expect(decided.form).toBeNull();
    expect(foldExercise(open(startExercise(loaded.exercise, exerciseStepper, 1)), saved, 'd').status).toEqual({
      kind: 'error',
      text: 'no decision is due this month',
    });
  });

  it('should cancel a form with Esc, saving nothing', () => {
    const saved: ExerciseRun[] = [];
    const ui = foldExercise(open(startExercise(loaded.exercise, exerciseStepper, 1)), saved, 'n', 'half a note', ESC);
    expect(ui).toMatchObject({ form: null, status: { kind: 'info', text: 'cancelled' } });
    expect(saved).toEqual([]);
  });
  it('should list every facilitator binding in its help, and only hint keys a binding answers', () => {
    const ui = open(startExercise(loaded.exercise, exerciseStepper, 1));
    const help = exerciseHelp('en', 300);
    for (const b of EXERCISE_KEYMAP)
      expect(
        help.some((l) => l.startsWith(keyLabelOf(b, 'en')) && l.endsWith(messageText('en', b.label))),
        `help line for ${b.keys.join(' ')}`,
      ).toBe(true);
    const inForm = foldExercise(ui, [], 'n');
    const ended = {
      ...ui,
      run: { ...ui.run, session: { ...ui.run.session, cursor: { ...ui.run.session.cursor, world: { ...ui.run.session.cursor.world, ended: true } } } },
    };
    for (const state of [ui, inForm, ended]) {
      const keymap = exerciseKeymapOf(state);
      for (const entry of exerciseHints(state, 300).split('  '))
        for (const press of hintedKeys(entry)) expect(findBinding(keymap, press)?.keys ?? [], `"${entry}" in the hint bar`).toContain(keyId(press));
    }
    expect(exerciseHints(inForm, 80)).toBe('↑↓ choose  type to answer  ⏎ next  Backspace back  Esc cancel');
    expect(exerciseHints(ended, 300), 'only what still makes sense once ended').toBe('u undo  n note  ↑↓ log  ? help  q quit');
    expect(foldExercise(ended, [], 'd').status).toEqual({
      kind: 'error',
      text: 'the exercise has ended: "decide" is no longer possible; u takes back the last action, q quits',
    });
  });
});
