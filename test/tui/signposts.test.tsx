// The signposts overlay (key w) and the odds trend in play: reducers, lines, and the screen with services on this thread.
import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { describe, expect, it, vi } from 'vitest';
import { liveSignposts } from '../../src/analysis/liveSignposts.js';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { advance, startSession } from '../../src/engine/session.js';
import { readSessionFile, writeSessionFile } from '../../src/report/sessionStore.js';
import { readScenario } from '../../src/scenario/readScenario.js';
import { App } from '../../src/tui/App.js';
import { handleAppKey } from '../../src/tui/handleAppKey.js';
import { NORMAL_KEYS } from '../../src/tui/handleNormalKey.js';
import { hintLine } from '../../src/tui/keymap.js';
import { helpOverlayLines } from '../../src/tui/modeKeys.js';
import { oddsSeries, oddsTrendLine } from '../../src/tui/oddsTrend.js';
import { overlayView } from '../../src/tui/overlayView.js';
import { signpostLines } from '../../src/tui/signpostLines.js';
import { initialUiState, type UiState } from '../../src/tui/uiState.js';
import { createInlineOddsService } from '../../src/workers/createInlineOddsService.js';
import { createInlineSignpostsService, type SignpostsState } from '../../src/workers/signpostsService.js';
import { PATIENCE } from '../helpers.js';

const file = 'test/fixtures/uncertain/ranges.yaml';
const ir = compileScenario(readScenario(file, readFileSync(file, 'utf8')));
const stepper = createStepper(ir);
const io = { readSession: (p: string) => readSessionFile(p, stepper), writeSession: writeSessionFile };
const at = (months: number, hasOdds = true): UiState => initialUiState(advance(startSession(stepper, 1), months), 'en', null, null, hasOdds);
const view = (signposts: SignpostsState = { kind: 'idle' }) => ({ columns: 80, rows: 24, odds: { kind: 'off' } as const, signposts });
const ready = async (state: UiState): Promise<SignpostsState> => {
  const report = await liveSignposts(createKernel(ir), state.session.cursor.world, 4000, 1, 3, async () => true);
  if (!report) throw new Error('no report');
  return { kind: 'ready', report };
};

describe('the signposts overlay', () => {
  it('should open on w, be listed in help and the wide hint bar, and ask for live odds when they are off', () => {
    expect(handleAppKey(at(1), { char: 'w' }, io, view()).mode).toEqual({ kind: 'signposts' });
    const off = handleAppKey(at(1, false), { char: 'w' }, io, view());
    expect(off.mode.kind).toBe('normal');
    expect(off.status?.text).toBe('signposts need the live odds: start play without --no-odds');
    expect(helpOverlayLines('en')).toContain('w          signposts: what to watch from here, month by month');
    expect(hintLine(NORMAL_KEYS, 'en', 300)).toContain('w watch');
  });

  it('should show progress with a way out, then per month from here the best signposts with their ratios, intervals and how often seen', async () => {
    const state = { ...at(2), mode: { kind: 'signposts' } as const };
    expect(signpostLines(state, { kind: 'computing', done: 3000, total: 20_000 })).toEqual([
      'Computing: 3000 of 20,000 runs from Mar 2025, step 2.',
      '',
      'Any key cancels.',
    ]);
    const lines = signpostLines(state, await ready(state));
    expect(lines[0]).toMatch(/^From Mar 2025, step 2: 4000 runs from here, seed 1\. Outcome entropy now: \d\.\d\d bits\.$/);
    expect(lines).toContain('These are conditional statistics of the model: seeing a signpost tells about an outcome; it does not make it happen.');
    expect(lines.filter((l) => l.startsWith('BY THE END OF ')).map((l) => l.slice(14))).toEqual(['Mar 2025', 'Apr 2025', 'May 2025', 'Jun 2025']);
    const row = lines.findIndex((l) => /^ {2}\S.* {3}seen \d+\.\d% {3}value \d\.\d{3} bits$/.test(l));
    expect(row).toBeGreaterThan(0);
    expect(lines[row + 1]).toMatch(/^ {6}fallen (×[\d.<]+ \([\d.<]+–[\d.<]+\)|too few runs) {2}held /);
  });

  it('should scroll with j and close on any other key', async () => {
    const state = { ...at(2), mode: { kind: 'signposts' } as const };
    const shown = await ready(state);
    const lines = overlayView(state, { kind: 'off' }, 80, undefined, shown)?.lines ?? [];
    expect(lines.length).toBeGreaterThan(19);
    expect(lines.every((l) => l.length <= 80)).toBe(true);
    expect(handleAppKey(state, { char: 'j' }, io, view(shown)).mode).toEqual({ kind: 'signposts', scroll: 1 });
    expect(handleAppKey(state, { char: 'x' }, io, view(shown)).mode).toEqual({ kind: 'normal' });
  });
});

describe('the odds trend', () => {
  it('should draw P after each step on a 0–100% scale, · where a step was never computed, the latest steps when narrow', () => {
    expect(oddsTrendLine([], 80)).toBeNull();
    const line = oddsTrendLine(
      [
        { id: 'fallen', values: [0.1, null, 0.9] },
        { id: 'held', values: [0.9, null, 0.1] },
      ],
      80,
    );
    expect(line?.trimEnd()).toBe('TREND  fallen ▁·█  held █·▁');
    expect(line).toHaveLength(80);
    const long = Array.from({ length: 30 }, (_, i) => i / 30);
    // 20 cells leave 11 for the line: an ellipsis and the last 10 steps.
    expect(oddsTrendLine([{ id: 'x', values: long }], 20)?.trimEnd()).toBe('TREND  x …▆▆▆▇▇▇▇███');
  });

  it('should read the odds of every world on the path to the cursor', () => {
    const s = advance(advance(startSession(stepper, 1)));
    const root = s.cursor.parent?.parent?.world;
    const odds = { runs: 10, outcomes: [{ id: 'fallen', p: 0.5, ci95: [0.4, 0.6] as const }], undecided: 0 };
    const series = oddsSeries(s, (w) => (w === root || w === s.cursor.world ? odds : undefined));
    expect(series).toEqual([{ id: 'fallen', values: [0.5, null, 0.5] }]);
  });

  it('should show the trend under the live odds and the signposts overlay on the screen at 80×24', async () => {
    const kernel = createKernel(ir);
    const odds = createInlineOddsService(kernel, 1000, 1);
    const signposts = createInlineSignpostsService(kernel, 2000, 1);
    const backfill = () => createInlineOddsService(kernel, 1000, 1);
    const app = render(
      <App
        initial={initialUiState(startSession(stepper, 1), 'en', null, null, true)}
        io={io}
        odds={odds}
        signposts={signposts}
        backfill={backfill}
        size={{ columns: 80, rows: 24 }}
      />,
    );
    const frame = () => app.lastFrame() ?? '';
    await vi.waitFor(() => expect(frame()).toMatch(/^TREND {2}fallen [▁-█] {2}held [▁-█] *$/m), PATIENCE);
    app.stdin.write('a');
    await vi.waitFor(() => expect(frame()).toMatch(/^TREND {2}fallen [▁-█]{2} {2}held [▁-█]{2} *$/m), PATIENCE);
    // Two steps in one chunk: the live odds see only the last; the step between is filled in.
    app.stdin.write('aa');
    await vi.waitFor(() => expect(frame()).toMatch(/^TREND {2}fallen [▁-█]{4} {2}held [▁-█]{4} *$/m), PATIENCE);
    app.stdin.write('w');
    await vi.waitFor(() => expect(frame()).toContain('SIGNPOSTS TO WATCH FROM HERE (conditional statistics, not causes)'), PATIENCE);
    await vi.waitFor(() => expect(frame()).toContain('BY THE END OF Apr 2025'), PATIENCE);
    expect(frame()).toContain('any other key closes');
    app.stdin.write('x');
    await vi.waitFor(() => expect(frame()).toContain('TRIGGERS'), PATIENCE);
    app.unmount();
    odds.close();
    signposts.close();
  });
});
