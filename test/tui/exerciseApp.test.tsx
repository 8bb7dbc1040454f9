import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { applyEntry, type ExerciseRun, startExercise } from '../../src/exercise/exerciseRun.js';
import { loadExercise } from '../../src/scenario/loadExercise.js';
import { ExerciseApp } from '../../src/tui/exercise/ExerciseApp.js';
import { estimateOdds } from '../../src/tui/exercise/estimateOdds.js';
import { exerciseHints } from '../../src/tui/exercise/exerciseKeymap.js';
import { type ExerciseDeps, initialExerciseUi } from '../../src/tui/exercise/exerciseUi.js';

const loaded = loadExercise('test/fixtures/exercises/valid.yaml');
const ir = compileScenario(loaded.scenario);
const stepper = createStepper(ir);
const kernel = createKernel(ir);

const open = (run: ExerciseRun, size = { columns: 80, rows: 24 }, lang = 'en') => {
  const saved: ExerciseRun[] = [];
  const deps: ExerciseDeps = { save: (r) => saved.push(r), estimate: (r) => estimateOdds(kernel, r, 200) };
  const app = render(<ExerciseApp initial={initialExerciseUi(run, lang, 'drill.transcript.json', deps)} deps={deps} size={size} bidi="terminal" />);
  const frame = () => app.lastFrame() ?? '';
  const press = async (keys: string, expected: string) => {
    app.stdin.write(keys);
    await vi.waitFor(() => expect(frame()).toContain(expected));
  };
  return { app, frame, press, saved };
};
const start = () => startExercise(loaded.exercise, stepper, 1);

describe('the facilitator screen', () => {
  it('should show the outcome, the model odds and the indicators, with the header cut before "outcome:" never', async () => {
    const { app, frame } = open(start());
    const lines = frame().split('\n');
    expect(lines[0]).toMatch(/^A short drill · Jan 2025 \(month 1\/\d+\) · outcome: open/);
    expect(lines[1]).toMatch(/^odds ±\d+ pp: agreement \d+% closed \d+% undecided \d+%/);
    expect(frame()).toContain('INDICATORS');
    expect(frame()).toMatch(/Threat level +\d+/);
    app.unmount();
  });

  it('should take a decision with its options labelled, the role picks, the facilitator confirms', async () => {
    const run = applyEntry(start(), { kind: 'advance' });
    const { app, press, saved } = open(run);
    await press('', '! decide (d): Host government: Ask');
    await press('d', 'DECISION');
    await press('\r', 'go_public — ');
    expect(app.lastFrame()).toContain('pass — the role does nothing now');
    await press('\r', 'Facilitator confirms:');
    await press('\r', 'recorded: decide; transcript saved');
    expect(saved.at(-1)?.entries.at(-1)).toEqual({ kind: 'decide', decision: 'host_speaks', choice: 'go_public' });
    app.unmount();
  });

  it('should refuse a value outside the indicator range as it is typed, and confirm every adjudication', async () => {
    const { app, press, saved, frame } = open(start());
    await press('o', 'ADJUDICATION: SET AN INDICATOR');
    await press('\r', 'New value (0..100): ▌');
    await press('250', '✗ 250 is outside 0..100: type a number from 0 to 100');
    await press('\r', '! 250 is outside 0..100');
    await press('\b\b\bforty', '✗ "forty" is not a number');
    await press('\b\b\b\b\b90\r', 'Reason (required): ▌');
    await press('\r', '! type a reason first (Esc cancels)');
    await press('intelligence warning\r', 'Facilitator confirms:');
    expect(saved).toHaveLength(0);
    await press('\r', 'recorded: set; transcript saved');
    await press('f', 'ADJUDICATION: FORCE A TRIGGER');
    await press('\r', 'Facilitator confirms:');
    expect(saved).toHaveLength(1);
    await press('\r', 'recorded: force; transcript saved');
    await press('v\r', 'Its proposed move:');
    await press('\rnot yet\r', 'Facilitator confirms:');
    await press('\r', 'recorded: veto; transcript saved');
    expect(saved.at(-1)?.entries.map((e) => e.kind)).toEqual(['override', 'force', 'veto']);
    expect(saved.at(-1)?.entries[0]).toEqual({ kind: 'override', indicator: 'threat', value: 90, reason: 'intelligence warning' });
    expect(frame()).toContain('facilitator sets threat to 90: intelligence warning');
    app.unmount();
  });

  it('should mark the moves that cannot happen now, with the reason, and refuse them before confirming', async () => {
    const { app, press, frame } = open(start());
    await press('m', 'MOVE BY A ROLE');
    await press('j\r', 'Move:');
    expect(frame()).toContain('✗ sign_agreement — ');
    await press('', '✗ sign_agreement cannot happen now: precondition actors.host == "openly"');
    await press('\r', '! sign_agreement cannot happen now');
    expect(frame()).toContain('Move:');
    app.unmount();
  });

  it('should check each probability as typed, and ask again only the one that breaks the sum', async () => {
    const { app, press, saved } = open(start());
    await press('p', 'PREDICTION');
    await press('\rRed\rabc', '✗ "abc" is not a probability');
    await press('\b\b\b0.7\r0.5', '✗ the probabilities would add up to 1.2: at most 0.3 here');
    await press('\b\b\b0.2\r\r', '! the probabilities add up to 0.9, not 1: type 0.1 here');
    await press('0.1\r', 'recorded: predict; transcript saved');
    expect(saved.at(-1)?.entries.at(-1)).toEqual({ kind: 'predict', prompt: 'first', team: 'Red', p: { agreement: 0.7, closed: 0.2, undecided: 0.1 } });
    app.unmount();
  });

  it('should undo the last action after confirming, keeping both in the transcript', async () => {
    const { app, press, saved, frame } = open(start());
    await press('nthe class hesitated\r', 'recorded: note; transcript saved');
    await press('u', 'UNDO: take back "note: the class hesitated"?');
    await press('\r', 'taken back; transcript saved');
    expect(saved.at(-1)?.entries).toEqual([{ kind: 'note', text: 'the class hesitated' }, { kind: 'undo' }]);
    expect(frame()).toContain('facilitator takes back the last action: note: the class hesitated');
    await press('u', '! nothing to undo: the exercise is at its start');
    app.unmount();
  });

  it('should scroll the log', async () => {
    let run = start();
    for (let i = 1; i <= 8; i++) run = applyEntry(run, { kind: 'note', text: `note ${i}` });
    const { app, press, frame } = open(run);
    await press('', 'LOG 6–9 of 9');
    expect(frame()).toContain('note 8');
    await press('\x1b[A', 'LOG 5–8 of 9 (↓ newer)');
    expect(frame()).not.toContain('note 8');
    await press('\x1b[5~', 'LOG 1–4 of 9');
    expect(frame()).toContain('inject attack');
    app.unmount();
  });

  it('should say clearly when the exercise has ended, and offer only what still makes sense', async () => {
    let run = start();
    run = applyEntry(run, { kind: 'advance' });
    run = applyEntry(run, { kind: 'decide', decision: 'host_speaks', choice: 'go_public' });
    run = applyEntry(run, { kind: 'move', role: 'foreign', trigger: 'sign_agreement' });
    const { app, press, frame } = open(run);
    await press('', '■ THE EXERCISE HAS ENDED');
    expect(frame().split('\n')[0]).toContain('outcome: agreement');
    expect(frame()).toContain('u undo  n note  ↑↓ log  ? help  q quit');
    await press('a', '! the exercise has ended: "advance" is no longer possible; u takes back');
    app.unmount();
  });

  it('should ignore keys while the terminal is too small', async () => {
    const { app, frame, saved, press } = open(start(), { columns: 60, rows: 20 });
    await press('', 'Enlarge the terminal to 80×24 (now 60×20)');
    await press('nunseen note\r', 'Enlarge the terminal');
    await new Promise((r) => setImmediate(r));
    expect(saved).toEqual([]);
    expect(frame()).toContain('Enlarge the terminal');
    app.unmount();
  });

  it('should speak Arabic with --lang ar: header, headings, odds, hints and help from the catalog', async () => {
    const deps: ExerciseDeps = { save: () => {}, estimate: (r) => estimateOdds(kernel, r, 200) };
    const initial = initialExerciseUi(start(), 'ar', 'drill.transcript.json', deps);
    const app = render(<ExerciseApp initial={initial} deps={deps} size={{ columns: 80, rows: 24 }} bidi="terminal" />);
    const frame = () => app.lastFrame() ?? '';
    const lines = frame().split('\n');
    expect(lines[0]).toMatch(/ · كانون الثاني 2025 \(الشهر 1\/\d+\) · النتيجة: مفتوحة$/);
    expect(lines[1]).toMatch(/^الاحتمالات ±\d+ نقطة: agreement \d+% closed \d+%/);
    expect(lines[2]).toMatch(/^هذا الشهر +المستحق الآن/);
    expect(frame()).toContain('d قرار  p توقع  a تقدم');
    expect(frame()).toContain('? مساعدة  q خروج');
    app.stdin.write('?');
    await vi.waitFor(() => expect(frame()).toContain('المفاتيح (أي مفتاح يغلق هذه المساعدة)'));
    expect(frame()).toContain('d     قرار مستحق الآن: يختار الدور أحد خياراته، وأنت تؤكد');
    app.unmount();
  });

  it('should word the kind of a recorded action in Arabic, as its key is worded in the hint bar', async () => {
    const { app, press } = open(start(), { columns: 80, rows: 24 }, 'ar');
    await press('nصمت الصف\r', 'سُجّل: ملاحظة؛');
    expect(app.lastFrame()).not.toContain('note');
    app.unmount();
  });

  it('should show indicator values rounded as the play screen does, on their label’s row', async () => {
    const run = applyEntry(start(), { kind: 'override', indicator: 'threat', value: 39.715841328124995, reason: 'test' });
    for (const lang of ['en', 'ar']) {
      const { app, frame } = open(run, { columns: 80, rows: 24 }, lang);
      expect(frame()).toMatch(/(Threat level|مستوى التهديد) +39\.72 *$/m);
      expect(frame(), 'no value wrapped under its label').not.toMatch(/^ *[\d.]+ *$/m);
      app.unmount();
    }
  });

  it('should fit its hint bar in 80 columns, always ending with help and quit', () => {
    const ui = initialExerciseUi(start(), 'en', 'drill.transcript.json', { save: () => {}, estimate: () => null });
    expect(exerciseHints(ui, 80)).toBe('d decide  p predict  a advance  u undo  m move  f force  v veto  ? help  q quit');
    expect(exerciseHints(ui, 200)).toContain('o set  n note  ↑↓ log  ? help  q quit');
  });
});
