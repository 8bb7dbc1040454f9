import { describe, expect, it } from 'vitest';
import type { SeatView } from '../../src/server/seatView.js';
import { turnLines } from '../../src/tui/seat/seatLines.js';

const view = {
  lang: 'en',
  ended: false,
  decisions: [],
  prompts: [],
  moves: [],
  pending: [],
  outcomes: [{ id: 'kurdistan_deal', label: 'Kurdistan bilateral deal' }],
  odds: [
    { id: 'kurdistan_deal', p: 0.175, lo: 0.153, hi: 0.199 },
    { id: 'undecided', p: 0, lo: 0, hi: 0.004 },
  ],
} as unknown as SeatView;

describe("a seat's odds", () => {
  it('should show each revealed figure with its 95% interval, wrapped between words in a 40-cell column, never cut', () => {
    const lines = turnLines(view, 40, false);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines.join('\n')).not.toContain('…');
    expect(lines).toContain('ODDS (facilitator; 95% interval)');
    const deal = lines
      .slice(lines.findIndex((l) => l.includes('Kurdistan bilateral deal')))
      .slice(0, 2)
      .join(' ');
    expect(deal.replace(/\s+/g, ' ')).toContain('Kurdistan bilateral deal 17.5% (15%–20%)');
    expect(lines).toContain('  undecided 0.0% (0%–0%)');
  });
});
