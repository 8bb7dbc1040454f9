import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { describe, expect, it, vi } from 'vitest';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { startSession } from '../../src/engine/session.js';
import { readSessionFile, writeSessionFile } from '../../src/report/sessionStore.js';
import { App } from '../../src/tui/App.js';
import type { TuiIo } from '../../src/tui/keyContext.js';
import { initialUiState } from '../../src/tui/uiState.js';
import { createInlineOddsService } from '../../src/workers/createInlineOddsService.js';
import { fixtureStepper, PATIENCE, shippedStepper } from '../helpers.js';

const stepper = fixtureStepper('minimal');
const io: TuiIo = { readSession: (p) => readSessionFile(p, stepper), writeSession: writeSessionFile };

const open = (size = { columns: 80, rows: 24 }, s = stepper) => {
  const app = render(<App initial={initialUiState(startSession(s, 1), 'en', null, null)} io={io} size={size} />);
  const frame = () => app.lastFrame() ?? '';
  /** Types keys (each write is one chunk, as from a terminal) and waits for a new frame, different from the one before, that shows `expected`. */
  const press = async (keys: string, expected: string | RegExp) => {
    const before = frame();
    app.stdin.write(keys);
    await vi.waitFor(() => {
      expect(frame(), `no new frame after ${JSON.stringify(keys)}`).not.toBe(before);
      if (typeof expected === 'string') expect(frame()).toContain(expected);
      else expect(frame()).toMatch(expected);
    }, PATIENCE);
  };
  return { app, frame, press };
};

const ENTER = '\r';
const ESC = '\x1b';

describe('the simulator screen', () => {
  it('should draw the whole main screen at 80×24', () => {
    const { frame, app } = open();
    expect(frame()).toBe(
      [
        'Minimal scenario                   Sep 2025 (month 1/4) · step 0 · seed 1 · main',
        '',
        'ACTORS                               INDICATORS',
        ' gov Calm                            risk            ████░░░░    50    ±0      ▅',
        'OUTCOME  open · next deadline: end of Dec 2025, Deadline',
        '',
        'TRIGGERS 1 of 3 enabled              TIMELINE (no steps yet)',
        '> shock',
        ' ×speak',
        ' ×deadline',
        ...Array(11).fill(''),
        'Shock',
        '↑↓ select  ⏎ fire  a month  R roll  u/r undo/redo  e explain  ? help  q quit',
      ].join('\n'),
    );
    app.unmount();
  });

  it('should fire the selected trigger, show the change and log the step', async () => {
    const { frame, press, app } = open();
    await press(ENTER, 'fired shock: step 1');
    expect(frame()).toContain('*gov Quiet');
    expect(frame()).toContain('risk            ██████░░    80   +30');
    expect(frame()).toContain('TRIGGERS 2 of 3 enabled');
    expect(frame()).toContain('>#1 2025-09 shock: gov → quiet, risk +30');
    app.unmount();
  });

  it('should advance a month, and undo and redo it', async () => {
    const { press, app } = open();
    await press('a', 'Oct 2025 (month 2/4) · step 1');
    await press('u', 'Sep 2025 (month 1/4) · step 0');
    await press('r', 'Oct 2025 (month 2/4) · step 1');
    await press('A', /Jan 2026|Dec 2025/);
    app.unmount();
  });

  it('should handle every key once when several arrive in one chunk', async () => {
    const { press, app } = open();
    await press('aa', 'Nov 2025 (month 3/4) · step 2');
    await press('jj', '>×deadline');
    await press('uu', 'Sep 2025 (month 1/4) · step 0');
    app.unmount();
  });

  it('should show why a disabled trigger cannot fire when it is selected', async () => {
    const { press, app } = open();
    await press('j', '× speak: precondition actors.gov == "quiet" is false (actors.gov = "calm")');
    await press(ENTER, '! cannot fire "speak"');
    app.unmount();
  });

  it('should explain a step with guards, values and effects', async () => {
    const { press, frame, app } = open();
    await press(ENTER, 'step 1');
    await press('e', 'Step 1 · 2025-09 · shock (fired)');
    expect(frame()).toContain('risk +30: 50 → 80');
    expect(frame()).toContain('transition gov[0] guard passed: indicators.risk >= 70 (indicators.risk = 80)');
    expect(frame()).toContain('gov: calm → quiet');
    await press(ESC, 'TRIGGERS');
    app.unmount();
  });

  it('should filter the triggers as you type', async () => {
    const { press, frame, app } = open();
    await press('/', 'TRIGGERS /▌');
    await press('sp', 'TRIGGERS /sp▌ (1 of 3, 0 enabled)');
    await press(ENTER, 'TRIGGERS /sp (1 of 3, 0 enabled)');
    expect(frame()).not.toContain('shock');
    await press('/', 'TRIGGERS /sp▌');
    await press(ESC, 'TRIGGERS 1 of 3 enabled');
    app.unmount();
  });

  it('should branch, list branches, switch, and compare two branches', async () => {
    const { press, frame, app } = open();
    await press('a', 'step 1');
    await press('b', 'Branch name: branch-2▌');
    await press(ENTER, 'new branch branch-2 at step 1');
    await press(ENTER, 'fired shock');
    await press('B', 'BRANCHES (* current)');
    expect(frame()).toContain('  main                     1 step  Oct 2025  outcome: open');
    expect(frame()).toContain('>*branch-2                2 steps  Oct 2025  outcome: open');
    await press(`k${ENTER}`, 'switched to branch main');
    await press('c', 'COMPARE BRANCHES (≠ differs)');
    expect(frame()).toContain('  date                 Oct 2025');
    expect(frame()).toContain('≠ gov                  Calm');
    expect(frame()).toContain('≠ risk                 50');
    app.unmount();
  });

  it('should save and open a session file, and refuse a corrupt one without losing the session', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const file = join(dir, 'play.session.json');
    const { press, frame, app } = open();
    await press(ENTER, 'step 1');
    await press('s', 'Save session as: minimal.session.json▌');
    // Ctrl+U clears the suggested name, as in a shell, so that typing replaces it.
    await press('\x15', 'Save session as: ▌');
    await press(file, `Save session as: ${file.slice(0, 20)}`);
    await press(ENTER, `saved ${file}`);
    expect(frame(), 'saved: no unsaved mark').toMatch(/step 1 · seed 1 · main\n/);
    expect(JSON.parse(readFileSync(file, 'utf8')).branches.main).toEqual([{ kind: 'fire', trigger: 'shock' }]);
    await press('a', 'step 2 · seed 1 · main *');
    await press('o', 'Open another session anyway? (y/n)');
    await press(`y${ENTER}`, `opened ${file}`);
    expect(frame(), 'opened: back to the saved step, no unsaved mark').toMatch(/step 1 · seed 1 · main\n/);
    await press('a', 'step 2 · seed 1 · main *');
    writeFileSync(file, '{"format": "statecraft-session", "version": 99}');
    await press('o', 'Open another session anyway? (y/n)');
    await press(`y${ENTER}`, 'session version 99 is newer');
    expect(frame(), 'the session is kept').toContain('step 2 · seed 1 · main *');
    app.unmount();
  });

  it('should ask before quitting with unsaved changes', async () => {
    const { press, app, frame } = open();
    await press('a', 'step 1');
    await press('q', 'There are unsaved changes. Quit anyway? (y/n)');
    await press('n', 'quit cancelled');
    expect(frame()).toContain('step 1');
    app.unmount();
  });

  it('should ask the user to enlarge a terminal smaller than 80×24', () => {
    const { frame, app } = open({ columns: 60, rows: 20 });
    expect(frame()).toBe('Enlarge the terminal to at least 80×24\n(now 60×20); keys wait until then; q quits');
    app.unmount();
  });

  it('should keep the layout for Arabic labels in logical order, for a terminal that reorders', () => {
    const iraq = shippedStepper('iraq-coalition');
    const app = render(<App initial={initialUiState(startSession(iraq, 1), 'ar', null, null)} io={io} size={{ columns: 80, rows: 24 }} bidi="terminal" />);
    const lines = (app.lastFrame() ?? '').split('\n');
    expect(lines[0]).toContain('نهاية مهمة التحالف');
    expect(lines[3]).toBe(' us        وجود مرن يعاد تموضعه بحس… isis_activity   ██░░░░░░    30    ±0      ▃');
    app.unmount();
  });

  it('should draw Arabic in visual order, right-aligned and with the panels mirrored, for a terminal that does not reorder', () => {
    const iraq = shippedStepper('iraq-coalition');
    const app = render(<App initial={initialUiState(startSession(iraq, 1), 'ar', null, null)} io={io} size={{ columns: 80, rows: 24 }} bidi="visual" />);
    const lines = (app.lastFrame() ?? '').split('\n');
    expect(lines[0], 'the header reads right to left: the title at the right edge').toMatch(/ةياهن$/);
    expect(lines[0]).toContain('2025 لوليأ');
    expect(lines[2], 'the actors panel sits on the right').toMatch(/فارطألا$/);
    expect(lines[3], 'ids keep their order; the Arabic label reads right to left, its cut mark on the left').toBe(
      'isis_activity   ██░░░░░░    30    ±0      ▃ …سحب هعضومت داعي نرم دوجو        us',
    );
    expect(lines[16], 'the triggers panel sits on the right too; a line without Arabic keeps its order').toBe(`${' '.repeat(63)}> isis_resurgence`);
    app.unmount();
  });
});

describe('live odds', () => {
  it('should show every outcome whole, with its odds and band, at 80×24', async () => {
    const iraq = shippedStepper('iraq-coalition');
    const odds = createInlineOddsService(createKernel(iraq.ir), 2000, 1);
    const app = render(<App initial={initialUiState(startSession(iraq, 1), 'en', null, null, true)} io={io} odds={odds} size={{ columns: 80, rows: 24 }} />);
    const frame = () => app.lastFrame() ?? '';
    await vi.waitFor(() => expect(frame()).toContain('(2k runs; 10–90% over guesses)'), PATIENCE);
    const lines = frame().split('\n');
    expect(lines.every((l) => stringWidth(l) <= 80)).toBe(true);
    for (const id of ['kurdistan_deal', 'full_exit', 'redefined_mission']) {
      expect(
        lines.some((l) => new RegExp(`${id} [\\d.]+% \\(\\d+–\\d+\\)`).test(l)),
        `${id}, its odds and band on one line`,
      ).toBe(true);
    }
    expect(frame(), 'the list below still shows a trigger').toContain('> isis_resurgence');
    app.unmount();
  });

  it('should show the odds from the current state, mark them while updating, and explain the drivers', async () => {
    const iraq = shippedStepper('iraq-coalition');
    const odds = createInlineOddsService(createKernel(iraq.ir), 2000, 1);
    // 120 columns: the shipped scenario declares ranges, so each outcome also shows its band across parameter draws.
    const app = render(<App initial={initialUiState(startSession(iraq, 1), 'en', null, null, true)} io={io} odds={odds} size={{ columns: 120, rows: 30 }} />);
    const frame = () => app.lastFrame() ?? '';
    await vi.waitFor(
      () =>
        expect(frame()).toMatch(
          /ODDS kurdistan_deal [\d.]+% \(\d+–\d+\) · full_exit [\d.]+% \(\d+–\d+\) · redefined_mission [\d.]+% \(\d+–\d+\)\s+\(2k runs; 10–90% over guesses\)/,
        ),
      PATIENCE,
    );
    const exitOdds = () => Number(/full_exit ([\d.]+)%/.exec(frame())?.[1]);
    const before = exitOdds();
    app.stdin.write('\r');
    await vi.waitFor(() => expect(frame()).toContain('fired isis_resurgence'), PATIENCE);
    await vi.waitFor(() => expect(exitOdds(), 'a resurgent ISIS lowers the odds of a full exit').toBeLessThan(before), PATIENCE);
    app.stdin.write('\t\t');
    await vi.waitFor(() => expect(frame()).toContain('(2k runs, ⏎ drivers; 10–90% over guesses)'), PATIENCE);
    app.stdin.write('\r');
    await vi.waitFor(() => expect(frame()).toContain('WHAT DRIVES THE ODDS (each trigger banned, on the same runs)'), PATIENCE);
    await vi.waitFor(
      () =>
        expect(frame()).toContain('From the current state: 2,000 rolled runs at the central value of each ranged guess, then the same 2,000 runs with each'),
      PATIENCE,
    );
    expect(frame()).toMatch(/krg_requests_deal +banned: +−[\d.]+ +\(−[\d.]+ to −[\d.]+\)/);
    app.stdin.write('x');
    await vi.waitFor(() => expect(frame()).not.toContain('WHAT DRIVES THE ODDS'), PATIENCE);
    app.unmount();
    odds.close();
  });

  it('should scroll what drives the odds like the other overlays, at 80×24', async () => {
    const iraq = shippedStepper('iraq-coalition');
    const odds = createInlineOddsService(createKernel(iraq.ir), 2000, 1);
    const app = render(<App initial={initialUiState(startSession(iraq, 1), 'en', null, null, true)} io={io} odds={odds} size={{ columns: 80, rows: 24 }} />);
    const frame = () => app.lastFrame() ?? '';
    await vi.waitFor(() => expect(frame()).toContain('(2k runs; 10–90% over guesses)'), PATIENCE);
    app.stdin.write('\t\t');
    await vi.waitFor(() => expect(frame()).toContain('(2k runs, ⏎ drivers; 10–90% over guesses)'), PATIENCE);
    app.stdin.write('\r');
    await vi.waitFor(() => expect(frame()).toMatch(/lines 1–17 of \d+ · \d+ more below/), PATIENCE);
    const total = Number(/lines 1–17 of (\d+)/.exec(frame())?.[1]);
    app.stdin.write('\x1b[B');
    await vi.waitFor(() => expect(frame(), '↓ scrolls one line').toContain(`lines 2–18 of ${total}`), PATIENCE);
    app.stdin.write('j');
    await vi.waitFor(() => expect(frame(), 'j scrolls one line').toContain(`lines 3–19 of ${total}`), PATIENCE);
    app.stdin.write('\x1b[6~');
    await vi.waitFor(() => expect(frame(), 'PgDn goes to the end').toContain(`lines ${total - 16}–${total} of ${total} · end`), PATIENCE);
    app.stdin.write('\x1b[5~');
    await vi.waitFor(() => expect(frame(), 'PgUp goes back a page').toContain(`lines ${total - 33 > 0 ? total - 33 : 1}–`), PATIENCE);
    app.unmount();
    odds.close();
  });
});
