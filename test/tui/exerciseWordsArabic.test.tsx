// Hosted exercise in Arabic: no English word where the catalog has one (the projector's seat, "undecided" in every odds line, a team's pass); ids stay ids.
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { startExercise } from '../../src/exercise/exerciseRun.js';
import { openDesk } from '../../src/exercise/seatDesk.js';
import { withoutIsolates } from '../../src/i18n/messages.js';
import { loadExercise } from '../../src/scenario/loadExercise.js';
import type { SeatView } from '../../src/server/seatView.js';
import { seatView } from '../../src/server/seatView.js';
import { oddsLine, oddsRows } from '../../src/tui/exercise/exerciseLines.js';
import { initialExerciseUi } from '../../src/tui/exercise/exerciseUi.js';
import { proposalLines } from '../../src/tui/host/hostLines.js';
import { SeatApp } from '../../src/tui/seat/SeatApp.js';

const loaded = loadExercise('harir-in-45');
const stepper = createStepper(compileScenario(loaded.scenario));
const run = startExercise(loaded.exercise, stepper, 1);
const odds = [
  { id: 'full_exit', p: 0.3, lo: 0.27, hi: 0.33 },
  { id: 'undecided', p: 0.7, lo: 0.67, hi: 0.73 },
];

describe('a hosted exercise in Arabic', () => {
  it('should word "undecided" in the facilitator’s odds line, keeping outcome ids', () => {
    const ui = { ...initialExerciseUi(run, 'ar', 't.json', { save: () => {}, estimate: () => null }), odds: { runs: 100, halfWidth: 0.05, items: odds } };
    const line = withoutIsolates(oddsLine(ui));
    expect(line).toContain('full_exit 30%');
    expect(line).toContain('غير محسومة 70%');
    expect(line).not.toContain('undecided');
  });

  it('should break the odds between outcomes at 80 columns, never inside one', () => {
    const items = [
      { id: 'kurdistan_deal', p: 0.18, lo: 0.16, hi: 0.2 },
      { id: 'full_exit', p: 0.03, lo: 0.02, hi: 0.04 },
      { id: 'redefined_mission', p: 0.79, lo: 0.77, hi: 0.81 },
      { id: 'undecided', p: 0, lo: 0, hi: 0.004 },
    ];
    const ui = { ...initialExerciseUi(run, 'ar', 't.json', { save: () => {}, estimate: () => null }), odds: { runs: 100, halfWidth: 0.02, items } };
    const rows = oddsRows(ui, 80).map(withoutIsolates);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toBe('  غير محسومة 0%');
  });

  it('should word the proposals panel’s pass from the catalog, decision and role ids as written', () => {
    const desk = {
      ...openDesk(run),
      proposals: [{ key: 'k', role: 'erbil', action: 'a1', entry: { kind: 'decide' as const, decision: 'erbil_asks', choice: 'pass' } }],
    };
    const lines = proposalLines(desk, { panel: { selected: 0, reason: null }, seatsShown: false, revealed: false, message: null }, 80, 'ar').map(
      withoutIsolates,
    );
    expect(lines).toContain('> erbil: قرار erbil_asks: تمرير');
  });

  it('should name the projector and word "undecided" in its odds, on the projector screen', async () => {
    const view: SeatView = { ...seatView(openDesk(run), null, 'ar', odds) };
    const app = render(
      <SeatApp
        size={{ columns: 80, rows: 24 }}
        bidi="terminal"
        lang="ar"
        connect={(events) => {
          queueMicrotask(() => {
            events.onWelcome?.({ role: null, label: 'observer', watch: true });
            events.onStatus?.('online');
            events.onView?.(view);
          });
          return { send: () => '', unanswered: () => 0, close: () => {} };
        }}
      />,
    );
    const frame = () => withoutIsolates(app.lastFrame() ?? '');
    await vi.waitFor(() => expect(frame().split('\n')[0]).toMatch(/^المراقب · .*متصل$/));
    app.stdin.write('b');
    await vi.waitFor(() => expect(frame()).toContain('غير محسومة'));
    expect(frame().split('\n')[0]).toMatch(/^المراقب · /);
    expect(frame()).not.toMatch(/observer|undecided/);
    app.unmount();
  });
});
