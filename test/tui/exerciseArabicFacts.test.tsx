// The facilitator's screen in Arabic at 80×24 (harir-in-45): numbers are never cut, in the override form or the log.
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { startExercise } from '../../src/exercise/exerciseRun.js';
import { withoutIsolates } from '../../src/i18n/messages.js';
import { loadExercise } from '../../src/scenario/loadExercise.js';
import { ExerciseApp } from '../../src/tui/exercise/ExerciseApp.js';
import type { ExerciseDeps } from '../../src/tui/exercise/exerciseUi.js';
import { initialExerciseUi } from '../../src/tui/exercise/exerciseUi.js';

const loaded = loadExercise('harir-in-45');
const stepper = createStepper(compileScenario(loaded.scenario));

const open = (lang: string) => {
  const deps: ExerciseDeps = { save: () => {}, estimate: () => null };
  const app = render(
    <ExerciseApp
      initial={initialExerciseUi(startExercise(loaded.exercise, stepper, 1), lang, 'h.transcript.json', deps)}
      deps={deps}
      size={{ columns: 80, rows: 24 }}
      bidi="terminal"
    />,
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
});
