// The host's bar in Arabic at 80 columns: with seats connected it breaks between its parts, so every fact shows whole, and the screen still fits 80×24.
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import type { ExerciseRun } from '../../src/exercise/exerciseRun.js';
import { withoutIsolates } from '../../src/i18n/messages.js';
import { fitVisual } from '../../src/tui/bidi.js';
import { estimateOdds } from '../../src/tui/exercise/estimateOdds.js';
import { initialExerciseUi } from '../../src/tui/exercise/exerciseUi.js';
import { HostApp } from '../../src/tui/host/HostApp.js';
import { hostBarLines } from '../../src/tui/host/hostLines.js';
import { PATIENCE } from '../helpers.js';
import { joined, type RawClient } from '../server/hostClient.js';
import { type Hosted, hostHarir, loaded } from '../server/hostFixture.js';

const hosted: Hosted = await hostHarir(undefined, undefined, 0, 'ar');
const seats: RawClient[] = [];
afterAll(async () => {
  for (const s of seats) s.close();
  await hosted.host.close();
});
const ui = { panel: null, seatsShown: false, revealed: false, message: null };
/** Every fact of the bar, as the Arabic bar words it. */
const facts = () => [`المضيف :${hosted.host.port}`, 'washington 1', 'erbil 1', 'watch 1', '0 اقتراح (P)', 'الاحتمالات مخفية (O)', 'الرموز (J)'];

describe('the host bar in Arabic at 80 columns', () => {
  it('should break between its parts, never inside one, when seats are connected, every fact whole', async () => {
    for (const code of [hosted.codes.roles.washington, hosted.codes.roles.erbil, hosted.codes.watch])
      seats.push(await joined(hosted.host.port, code as string));
    await vi.waitFor(() => expect(Object.values(hosted.host.seats()).reduce((a, b) => a + b, 0)).toBe(3), PATIENCE);
    const lines = hostBarLines(hosted.host, ui, 80, 'ar').map(withoutIsolates);
    expect(lines.length, 'one line no longer holds it').toBe(2);
    for (const l of lines) expect(stringWidth(l), l).toBeLessThanOrEqual(80);
    for (const fact of facts())
      expect(
        lines.some((l) => l.includes(fact)),
        fact,
      ).toBe(true);
    for (const l of hostBarLines(hosted.host, ui, 80, 'ar')) expect(fitVisual(l, 80), 'nothing cut when drawn right to left').not.toContain('…');
    expect(hostBarLines(hosted.host, ui, 200, 'ar'), 'one line when it fits').toHaveLength(1);
  });

  it('should draw the two-line bar above the facilitator screen within 24 rows, in visual order', async () => {
    const estimate = () => null;
    const initial = initialExerciseUi(hosted.host.desk().run, 'ar', hosted.transcript, { save: () => {}, estimate });
    const app = render(<HostApp host={hosted.host} seatLines={[]} estimate={estimate} initial={initial} size={{ columns: 80, rows: 24 }} bidi="visual" />);
    const lines = (app.lastFrame() ?? '').split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(80);
    expect(lines[0], 'drawn right to left: the bar starts at the right edge').toMatch(/فيضملا$/);
    expect(lines.slice(0, 2).join('\n'), 'the last fact of the bar, the codes key, is on screen').toContain('(J) زومرلا');
    expect(lines.slice(0, 2).join('\n')).toContain('washington 1');
    expect(lines.at(-1), 'the key hints still show on the last row').toMatch(/جورخ q/);
    app.unmount();
  });

  it('should show the odds of every outcome on the facilitator screen below, and say what a column leaves out', async () => {
    const kernel = createKernel(compileScenario(loaded.scenario));
    const estimate = (r: ExerciseRun) => estimateOdds(kernel, r, 200);
    const initial = initialExerciseUi(hosted.host.desk().run, 'ar', hosted.transcript, { save: () => {}, estimate });
    const app = render(<HostApp host={hosted.host} seatLines={[]} estimate={estimate} initial={initial} size={{ columns: 80, rows: 24 }} bidi="terminal" />);
    const screen = withoutIsolates(app.lastFrame() ?? '');
    const lines = screen.split('\n');
    expect(lines.length).toBeLessThanOrEqual(24);
    for (const id of ['kurdistan_deal', 'full_exit', 'redefined_mission', 'غير محسومة']) expect(screen, id).toMatch(new RegExp(`${id} \\d+%`));
    expect(screen, 'the indicators that do not fit are counted').toMatch(/↓ \d+ أخرى أدناه/);
    app.unmount();
  });
});
