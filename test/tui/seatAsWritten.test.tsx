// A seat in Arabic marks the exercise texts that exist only in English, as the facilitator screen does, and keeps each whole in visual order.
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { startExercise } from '../../src/exercise/exerciseRun.js';
import { openDesk } from '../../src/exercise/seatDesk.js';
import { withoutIsolates } from '../../src/i18n/messages.js';
import { loadExercise } from '../../src/scenario/loadExercise.js';
import { seatView } from '../../src/server/seatView.js';
import type { BidiMode } from '../../src/tui/bidi.js';
import type { SeatUi } from '../../src/tui/seat/handleSeatKey.js';
import { SeatScreen } from '../../src/tui/seat/SeatScreen.js';

const loaded = loadExercise('harir-in-45');
const run = startExercise(loaded.exercise, createStepper(compileScenario(loaded.scenario)), 1);
const view = seatView(openDesk(run), 'washington', 'ar', null);
const ui = (showBriefing: boolean): SeatUi => ({
  view,
  form: null,
  status: null,
  connection: 'online',
  logScroll: 0,
  showBriefing,
  showWorld: false,
  quit: false,
});
const frame = (u: SeatUi, bidi: BidiMode) =>
  withoutIsolates(render(<SeatScreen ui={u} seat="واشنطن" watch={false} width={80} height={24} bidi={bidi} />).lastFrame() ?? '').replace(/\s+/g, ' ');
const MARK = 'بعض نصوص هذا التمرين بلغة أخرى فقط';

describe('a seat in Arabic with texts only in English', () => {
  it('should mark the role briefing shown as written', () => {
    const screen = frame(ui(true), 'terminal');
    expect(screen).toContain('Your forces are repositioned');
    expect(screen).toContain(MARK);
  });

  it('should mark the news panel, and keep an English inject whole in visual order (its comma stays put)', () => {
    expect(frame(ui(false), 'terminal')).toContain(MARK);
    const visual = frame(ui(false), 'visual');
    expect(visual).toContain('The mission ends,');
    expect(visual).not.toContain(',The mission ends');
  });
});
