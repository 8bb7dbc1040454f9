// The engine's and the files' errors on the simulator screen in Arabic: worded from the catalog, never English after a "written in English" prefix.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { fire, startSession, undo } from '../../src/engine/session.js';
import { startExercise } from '../../src/exercise/exerciseRun.js';
import { writeFileAtomic } from '../../src/files/writeFileAtomic.js';
import { withoutIsolates } from '../../src/i18n/messages.js';
import { errorText } from '../../src/i18n/userError.js';
import { readSessionFile, writeSessionFile } from '../../src/report/sessionStore.js';
import { loadExercise } from '../../src/scenario/loadExercise.js';
import { App } from '../../src/tui/App.js';
import { blockedText } from '../../src/tui/blockedText.js';
import { apply, type ExerciseDeps, initialExerciseUi } from '../../src/tui/exercise/exerciseUi.js';
import type { TuiIo } from '../../src/tui/keyContext.js';
import { errorStatus } from '../../src/tui/runAction.js';
import { initialUiState } from '../../src/tui/uiState.js';
import { fixtureStepper, PATIENCE, shippedStepper } from '../helpers.js';

const iraq = shippedStepper('iraq-coalition');
const io: TuiIo = { readSession: (p) => readSessionFile(p, iraq), writeSession: writeSessionFile };
const ENTER = '\r';
/** The prefix of an engine message left in English. */
const ENGLISH_PREFIX = 'بالإنجليزية';
/** English words of the engine's and files' messages; none may show in an Arabic status line. */
const ENGLISH = /\b(newer|version|cannot|write|folder|exist|session|belongs|scenario|refusing|not a|file|corrupt|untouched|check|choose)\b/i;

/** The simulator in Arabic at 80×24 (logical order, as a terminal that reorders), with the session file `path` in the open and save prompts. */
function openArabic(path: string) {
  const app = render(<App initial={initialUiState(startSession(iraq, 1), 'ar', path, null)} io={io} size={{ columns: 80, rows: 24 }} bidi="terminal" />);
  const frame = () => withoutIsolates(app.lastFrame() ?? '');
  const press = async (keys: string, expected: string) => {
    app.stdin.write(keys);
    await vi.waitFor(() => expect(frame()).toContain(expected), PATIENCE);
  };
  /** The screen as one line, spaces folded: a long status wraps over several lines. */
  const status = () => frame().replace(/\s+/g, ' ');
  return { app, frame, press, status };
}

describe('errors on the simulator screen in Arabic', () => {
  it('should word a session file too new to open in Arabic, keeping the session', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ar-errors-')), 'newer.session.json');
    writeFileSync(file, '{"format": "statecraft-session", "version": 99}');
    const { app, press, status, frame } = openArabic(file);
    await press('o', 'فتح ملف الجلسة: ');
    await press(ENTER, 'أحدث مما يقرؤه');
    expect(status()).toContain(`${file}: إصدار الجلسة 99 أحدث مما يقرؤه هذا الإصدار من statecraft (3) (حدّث statecraft؛ تُرك الملف دون مساس)`);
    expect(status()).not.toContain(ENGLISH_PREFIX);
    const line = status().slice(status().indexOf(file) + file.length);
    expect(line.slice(0, line.indexOf('مساس'))).not.toMatch(ENGLISH);
    expect(frame(), 'the session is kept').toContain('الخطوة 0');
    app.unmount();
  });

  it('should word a session of another scenario in Arabic, with the command that opens it as written', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ar-errors-')), 'other.session.json');
    writeSessionFile(file, startSession(fixtureStepper('minimal'), 1));
    const { app, press, status } = openArabic(file);
    await press('o', 'فتح ملف الجلسة: ');
    await press(ENTER, 'هذه الجلسة تخص');
    expect(status()).toContain(`${file}: هذه الجلسة تخص السيناريو «minimal» لا «iraq-coalition»`);
    expect(status()).not.toContain(ENGLISH_PREFIX);
    app.unmount();
  });

  it('should word a save into a missing folder in Arabic, with the system code as written', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ar-errors-')), 'no-such-folder', 'x.session.json');
    const { app, press, status } = openArabic(file);
    await press('s', 'حفظ الجلسة باسم: ');
    await press(ENTER, 'ENOENT');
    expect(status()).toContain('المجلد غير موجود (ENOENT)');
    expect(status()).not.toContain(ENGLISH_PREFIX);
    app.unmount();
  });
});

describe('the status line for an error', () => {
  const thrown = (f: () => unknown): unknown => {
    try {
      f();
    } catch (e) {
      return e;
    }
    throw new Error('nothing thrown');
  };

  it('should word an engine refusal in the language, its English text unchanged', () => {
    const e = thrown(() => undo(startSession(iraq, 1)));
    expect(errorStatus(e, 'ar')).toEqual({ kind: 'error', text: 'لا شيء للتراجع عنه (الجلسة في بدايتها)' });
    expect(errorStatus(e, 'en')).toEqual({ kind: 'error', text: 'nothing to undo (the session is at its start)' });
    expect((e as UserError).message).toBe('nothing to undo');
  });

  it("should say that an error without a catalog message (an author's diagnostic) is shown in English", () => {
    const text = errorStatus(new UserError('3 errors in x.yaml', 'fix them'), 'ar').text;
    expect(text).toContain(ENGLISH_PREFIX);
    expect(text).toContain('3 errors in x.yaml (fix them)');
  });

  it('should word a blocked trigger whose condition cannot be evaluated in Arabic, the place and expression as written', () => {
    const reason = { id: 'eval.wrongType', params: { type: 'string' } };
    const text = blockedText(
      { kind: 'error', message: '', reason: { id: 'err.evaluation', params: { at: 'x.yaml:3:9', path: 'triggers.t.when', reason } } },
      'ar',
    );
    expect(withoutIsolates(text)).toBe('x.yaml:3:9: تعذّر حساب triggers.t.when: المتوقع عدد أو true/false، والناتج string');
  });

  it('should suggest close ids in the language', () => {
    const e = thrown(() => fire(startSession(iraq, 1), 'isis_resurgense')) as UserError;
    expect(e.message).toBe('unknown trigger "isis_resurgense"');
    expect(e.hint).toBe('did you mean "isis_resurgence"?');
    expect(withoutIsolates(errorText('ar', e))).toBe('محفز غير معروف «isis_resurgense» (هل تقصد "isis_resurgence"؟)');
  });
});

describe("errors on the facilitator's screen in Arabic", () => {
  const loaded = loadExercise('test/fixtures/exercises/valid.yaml');
  const stepper = createStepper(compileScenario(loaded.scenario));
  const deps = (save: ExerciseDeps['save'] = () => {}): ExerciseDeps => ({ save, estimate: () => null });
  const ui = (d: ExerciseDeps) => initialExerciseUi(startExercise(loaded.exercise, stepper, 1), 'ar', 'drill.transcript.json', d);

  it('should word an entry the exercise refuses in Arabic, ids as written', () => {
    const d = deps();
    const status = apply(ui(d), { kind: 'decide', decision: 'nope', choice: 'x' }, d, 'done').status;
    expect(status?.kind).toBe('error');
    expect(withoutIsolates(status?.text ?? '')).toMatch(/^القرار «nope» ليس مستحقاً الآن \(المستحق الآن: /);
    expect(status?.text).not.toContain(ENGLISH_PREFIX);
  });

  it('should word a transcript that cannot be saved in Arabic', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'ar-errors-')), 'gone', 'drill.transcript.json');
    const d = deps((r) => writeFileAtomic(missing, JSON.stringify(r.entries)));
    const status = apply(ui(d), { kind: 'note', text: 'x' }, d, 'done').status;
    expect(withoutIsolates(status?.text ?? '')).toContain(`تعذّرت كتابة ${missing}: المجلد غير موجود (ENOENT)`);
  });
});
