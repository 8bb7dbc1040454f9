import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { applyEntry, type ExerciseRun, startExercise } from '../../src/exercise/exerciseRun.js';
import { loadExercise } from '../../src/scenario/loadExercise.js';
import { ExerciseApp } from '../../src/tui/exercise/ExerciseApp.js';

const loaded = loadExercise('test/fixtures/exercises/valid.yaml');
const stepper = createStepper(compileScenario(loaded.scenario));

const open = (run: ExerciseRun) => {
  const saved: ExerciseRun[] = [];
  const app = render(
    <ExerciseApp initial={{ run, form: null, status: null, quit: false, lang: 'en' }} save={(r) => saved.push(r)} size={{ columns: 80, rows: 24 }} />,
  );
  const frame = () => app.lastFrame() ?? '';
  const press = async (keys: string, expected: string) => {
    app.stdin.write(keys);
    await vi.waitFor(() => expect(frame()).toContain(expected));
  };
  return { app, frame, press, saved };
};

describe('the facilitator screen', () => {
  it('should take a decision: the role picks, the facilitator confirms', async () => {
    const run = applyEntry(startExercise(loaded.exercise, stepper, 1), { kind: 'advance' });
    const { app, press, saved } = open(run);
    await press('', '! decide (d): Host government: Ask');
    await press('d', 'DECISION');
    await press('\r', 'The role chooses:');
    await press('\r', 'Facilitator confirms:');
    await press('\r', 'recorded: decide; transcript saved');
    expect(saved.at(-1)?.entries.at(-1)).toEqual({ kind: 'decide', decision: 'host_speaks', choice: 'go_public' });
    await press('', 'host       Says so openly');
    app.unmount();
  });

  it('should require a reason to set an indicator, and record force, veto and note', async () => {
    const { app, press, saved, frame } = open(startExercise(loaded.exercise, stepper, 1));
    await press('o', 'ADJUDICATION: SET AN INDICATOR');
    await press('\r', 'New value: ▌');
    await press('90\r', 'Reason (required): ▌');
    await press('\r', '! type reason (required) first (Esc cancels)');
    await press('intelligence warning\r', 'recorded: override; transcript saved');
    await press('f', 'ADJUDICATION: FORCE A TRIGGER');
    await press('\r', 'recorded: force; transcript saved');
    await press('v\r', 'Its proposed move:');
    await press('\rnot yet\r', 'recorded: veto; transcript saved');
    await press('nthe class hesitated\r', 'recorded: note; transcript saved');
    expect(saved.at(-1)?.entries.map((e) => e.kind)).toEqual(['override', 'force', 'veto', 'note']);
    expect(frame()).toContain('facilitator sets threat to 90: intelligence warning');
    app.unmount();
  });

  it('should say when nothing is due instead of opening an empty form', async () => {
    const { app, press } = open(startExercise(loaded.exercise, stepper, 1));
    await press('d', '! no decision is due this month');
    app.unmount();
  });
});
