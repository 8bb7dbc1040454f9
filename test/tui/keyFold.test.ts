// Key sequences folded through the pure key reducers, read back through the screen model: no rendering, no waiting.
import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { type Session, startSession } from '../../src/engine/session.js';
import { parseSession, serializeSession } from '../../src/engine/sessionFile.js';
import { applyEntry, type ExerciseRun, startExercise } from '../../src/exercise/exerciseRun.js';
import { loadExercise } from '../../src/scenario/loadExercise.js';
import { HINTS } from '../../src/tui/components/KeyHints.js';
import { type ExerciseDeps, type ExerciseUi, initialExerciseUi } from '../../src/tui/exercise/exerciseUi.js';
import { handleExerciseKey } from '../../src/tui/exercise/handleExerciseKey.js';
import { handleKey, type TuiIo } from '../../src/tui/handleKey.js';
import { handleNormalKey, NORMAL_KEYS } from '../../src/tui/handleNormalKey.js';
import { type KeyName, type KeyPress, splitKeys } from '../../src/tui/keyPress.js';
import { HELP_LINES } from '../../src/tui/overlayLines.js';
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

const fold = (state: UiState, io: TuiIo, ...keys: (string | KeyPress)[]) => pressesOf(keys).reduce((s, k) => handleKey(s, k, io), state);
const start = () => initialUiState(startSession(stepper, 1), 'en', null, null);
const model = (state: UiState) => screenModel(state, 10);

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
    expect(fold(changed, io, 'q').mode).toEqual({ kind: 'confirm-quit' });
    expect(fold(changed, io, 'qn')).toMatchObject({ quit: false, status: { kind: 'info', text: 'quit cancelled' } });
    const reopened = fold(changed, io, 'o\r');
    expect(model(reopened)).toMatchObject({ step: 1, dirty: false });
    expect(reopened.status).toEqual({ kind: 'info', text: 'opened a.json' });
    io.files.set('a.json', '{"format": "statecraft-session", "version": 99}');
    const refused = fold(changed, io, 'o\r');
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

  it('should list in the help and the hint bar the keys the keymap handles', () => {
    expect(HELP_LINES.slice(0, 3)).toEqual([
      '↑ ↓  or  j k    select a trigger (or a step, in the timeline)',
      'Tab             switch between the triggers and the timeline',
      'Enter           fire the selected trigger / explain the selected step',
    ]);
    expect(HINTS.normal).toBe('↑↓ select  ⏎ fire  a month  A deadline  u/r undo/redo  e explain  ? help  q quit');
    const io = memoryIo();
    const busy = fold(start(), io, 'a', 'b\r', 'x');
    const names: KeyName[] = ['up', 'down', 'left', 'right', 'enter', 'escape', 'tab', 'backspace', 'pageup', 'pagedown'];
    const named = names.map((name): KeyPress => ({ char: '', name }));
    const printable = Array.from({ length: 95 }, (_, i): KeyPress => ({ char: String.fromCharCode(32 + i) }));
    const answered = [...named, ...printable].filter((key) => handleNormalKey(busy, key) !== busy).map((key) => key.name ?? key.char);
    const listed = NORMAL_KEYS.flatMap((b) => b.keys);
    expect(
      answered.filter((k) => !listed.includes(k)),
      'keys that work but are in no help line',
    ).toEqual([]);
    expect(
      listed.filter((k) => !answered.includes(k)),
      'keys in the help that do nothing',
    ).toEqual([]);
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
    expect(done.status).toEqual({ kind: 'info', text: 'recorded: override; transcript saved' });
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
});
