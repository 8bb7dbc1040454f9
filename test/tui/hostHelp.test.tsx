// The host's help `?` is generated from its keymap: P, O and J are listed with the facilitator's keys, and still answer.
import { render } from 'ink-testing-library';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { initialExerciseUi } from '../../src/tui/exercise/exerciseUi.js';
import { HostApp } from '../../src/tui/host/HostApp.js';
import { type Hosted, hostHarir } from '../server/hostFixture.js';

const hosted: Hosted = await hostHarir();
afterAll(() => hosted.host.close());

describe('the host help', () => {
  it('should list the host keys P, O and J before help and quit, and fit 80×24', async () => {
    const estimate = () => null;
    const initial = initialExerciseUi(hosted.host.desk().run, 'en', hosted.transcript, { save: () => {}, estimate });
    const app = render(<HostApp host={hosted.host} seatLines={[]} estimate={estimate} initial={initial} size={{ columns: 80, rows: 24 }} bidi="terminal" />);
    const frame = () => app.lastFrame() ?? '';
    app.stdin.write('?');
    await vi.waitFor(() => expect(frame()).toContain('KEYS (any key closes this help)'));
    const lines = frame().split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    const row = (key: string) => lines.findIndex((l) => l.startsWith(`${key} `));
    expect(lines[row('P')]).toMatch(/^P +the teams’ proposals: approve one \(y\), or veto it with a reason \(x\)/);
    expect(lines[row('O')]).toMatch(/^O +show or hide the model odds on the seats and the projector/);
    expect(lines[row('J')]).toMatch(/^J +the join codes of the seats/);
    expect(row('P')).toBeLessThan(row('?'));
    expect(row('q')).toBeGreaterThan(row('J'));
    app.stdin.write('x');
    await vi.waitFor(() => expect(frame()).not.toContain('KEYS (any key'));
    app.stdin.write('P');
    await vi.waitFor(() => expect(frame()).toContain('PROPOSALS FROM THE TEAMS'));
    app.unmount();
  });

  it('should show every key of the Arabic help within 80×24', async () => {
    const estimate = () => null;
    const initial = initialExerciseUi(hosted.host.desk().run, 'ar', hosted.transcript, { save: () => {}, estimate });
    const app = render(<HostApp host={hosted.host} seatLines={[]} estimate={estimate} initial={initial} size={{ columns: 80, rows: 24 }} bidi="terminal" />);
    app.stdin.write('?');
    await vi.waitFor(() => expect(app.lastFrame()).toContain('المفاتيح'));
    const lines = (app.lastFrame() ?? '').split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    for (const key of ['d', 'p', 'a', 'u', 'm', 'f', 'v', 'o', 'n', '↑↓', 'P', 'O', 'J', '?', 'q', 'Esc'])
      expect(
        lines.some((l) => l.startsWith(`${key} `)),
        key,
      ).toBe(true);
    expect(lines.join('\n')).toContain('مقترحات الفرق');
    expect(lines.join('\n')).not.toContain('…');
    app.unmount();
  });
});
