// A team's keys, folded synchronously: fields checked as typed, impossible options refused with the reason, confirmed actions sent once.
import { describe, expect, it } from 'vitest';
import type { SeatAction } from '../../../src/server/protocol.js';
import type { SeatView } from '../../../src/server/seatView.js';
import type { KeyPress } from '../../../src/tui/keyPress.js';
import { handleSeatKey, type SeatUi } from '../../../src/tui/seat/handleSeatKey.js';

const view: SeatView = {
  lang: 'en',
  exercise: { id: 'x', title: 'X' },
  date: 'Mar 2026',
  month: 6,
  months: 12,
  outcome: { status: 'open', label: 'open' },
  ended: false,
  briefing: 'shared',
  roleBriefing: 'yours',
  injects: [],
  actors: [],
  indicators: [],
  outcomes: [
    { id: 'a', label: 'A' },
    { id: 'b', label: 'B' },
  ],
  decisions: [
    {
      id: 'ask',
      prompt: 'Ask?',
      options: [
        { id: 'krg_requests_deal', label: 'Request a deal', enabled: false, reason: 'not possible now' },
        { id: 'pass', label: 'pass', enabled: true },
      ],
    },
  ],
  prompts: [{ id: 'start', prompt: 'How likely?', answered: false }],
  moves: [],
  pending: [],
  log: [],
  odds: null,
};
const start: SeatUi = { view, form: null, status: null, connection: 'online', logScroll: 0, showBriefing: false, showWorld: false, quit: false };
const size = { columns: 80, rows: 24 };
const key = (k: string): KeyPress =>
  k === '⏎' ? { char: '', name: 'enter' } : k === '↓' ? { char: '', name: 'down' } : k === '↑' ? { char: '', name: 'up' } : { char: k };

/** Folds keys; returns the last state and every action sent. */
function press(keys: string[], ui = start, at = size) {
  const sent: SeatAction[] = [];
  let s = ui;
  for (const k of keys) {
    const r = handleSeatKey(s, key(k), at);
    if (r.send) sent.push(r.send);
    s = r.ui;
  }
  return { ui: s, sent };
}

describe('handleSeatKey', () => {
  it('should send a prediction only once the percentages add up to 100 and the team confirms', () => {
    expect(press(['p', '3', '0', '⏎', '6', '0', '⏎']).ui.status?.text).toBe('the percentages add up to 90%, not 100%: change one with ↑');
    const { sent } = press(['p', '3', '0', '⏎', '7', '0', '⏎', 'y']);
    expect(sent).toEqual([{ kind: 'predict', prompt: 'start', p: { a: 0.3, b: 0.7 } }]);
  });

  it('should refuse a letter or a value over 100 as it is typed, keeping what was typed', () => {
    const letter = press(['p', '4', 'x']);
    expect(letter.ui.status?.text).toBe('"x" is not a digit: type a whole percentage from 0 to 100');
    expect(letter.ui.form).toMatchObject({ kind: 'percent', values: ['4', ''] });
    const over = press(['p', '1', '0', '1']);
    expect(over.ui.status?.text).toBe('101% is more than 100%: type a percentage from 0 to 100');
    expect(over.ui.form).toMatchObject({ values: ['10', ''] });
  });

  it('should mark an option that cannot happen now and refuse it with the reason', () => {
    const blocked = press(['d', '↑', '⏎']);
    expect(blocked.ui.status?.text).toBe('Ask? → Request a deal: not possible now');
    expect(blocked.sent).toEqual([]);
    expect(press(['d', '⏎', 'y']).sent).toEqual([{ kind: 'decide', decision: 'ask', choice: 'pass' }]);
  });

  it('should ignore keys while the terminal is too small, except q', () => {
    expect(press(['p', '5'], start, { columns: 60, rows: 15 }).ui).toEqual(start);
    expect(press(['q'], start, { columns: 60, rows: 15 }).ui.quit).toBe(true);
  });

  it('should say when nothing of that kind is open', () => {
    expect(press(['m']).ui.status?.text).toBe('your actors have no move they can make now');
    expect(press(['p'], { ...start, view: { ...view, ended: true } }).ui.status?.text).toBe('the exercise has ended');
  });
});
