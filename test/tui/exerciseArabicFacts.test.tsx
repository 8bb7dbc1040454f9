// The facilitator's screen in Arabic at 80×24 (harir-in-45): numbers are never cut, in the override form or the log.
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { applyEntry, type ExerciseRun, startExercise } from '../../src/exercise/exerciseRun.js';
import { withoutIsolates } from '../../src/i18n/messages.js';
import { loadExercise } from '../../src/scenario/loadExercise.js';
import { ExerciseApp } from '../../src/tui/exercise/ExerciseApp.js';
import type { ExerciseDeps } from '../../src/tui/exercise/exerciseUi.js';
import { initialExerciseUi } from '../../src/tui/exercise/exerciseUi.js';

const loaded = loadExercise('harir-in-45');
const stepper = createStepper(compileScenario(loaded.scenario));

const open = (lang: string, run: ExerciseRun = startExercise(loaded.exercise, stepper, 1)) => {
  const deps: ExerciseDeps = { save: () => {}, estimate: () => null };
  const app = render(
    <ExerciseApp initial={initialExerciseUi(run, lang, 'h.transcript.json', deps)} deps={deps} size={{ columns: 80, rows: 24 }} bidi="terminal" />,
  );
  const frame = () => withoutIsolates(app.lastFrame() ?? '');
  const press = async (keys: string, expected: string | RegExp) => {
    app.stdin.write(keys);
    await vi.waitFor(() => expect(frame()).toMatch(expected));
  };
  return { app, frame, press };
};

describe('the facilitator screen in Arabic at 80 columns', () => {
  it('should keep the current value and range of every indicator whole in the override form, shortening the label', async () => {
    const { app, frame, press } = open('ar');
    await press('o', 'تحكيم: ضبط مؤشر');
    const rows = frame()
      .split('\n')
      .filter((l) => /^ {2}[> ] . [a-z_]+ — /.test(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r, r).toMatch(/\(الآن [\d.]+، [\d.]+\.\.[\d.]+\) *$/);
    expect(frame()).toContain('faction_pressure');
    app.unmount();
  });

  it('should wrap a long log line, continuation indented, and never cut a number', () => {
    const p = { kurdistan_deal: 0.2, full_exit: 0.1, redefined_mission: 0.6, undecided: 0.1 };
    const run = applyEntry(startExercise(loaded.exercise, stepper, 1), { kind: 'predict', prompt: 'start', team: 'فريق', p });
    const { app, frame } = open('ar', run);
    const lines = frame().split('\n');
    const first = lines.findIndex((l) => l.includes('فريق'));
    expect(first).toBeGreaterThan(-1);
    const entry = [lines[first] as string];
    for (let i = first + 1; /^ {4}\S/.test(lines[i] ?? ''); i++) entry.push(lines[i] as string);
    expect(entry.length, 'wrapped onto indented rows').toBeGreaterThan(1);
    const text = entry.join(' ');
    for (const part of ['kurdistan_deal 20%', 'full_exit 10%', 'redefined_mission 60%', '10%']) expect(text).toContain(part);
    expect(text).not.toContain('…');
    app.unmount();
  });
});
