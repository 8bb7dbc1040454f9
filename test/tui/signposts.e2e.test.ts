// The odds trend and the signposts overlay (w) of play, in a real terminal at 80×24, with the odds and signposts from worker threads.
import { describe, expect, it, vi } from 'vitest';
import { PATIENCE } from '../helpers.js';
import { start } from './pty.js';

const SPARK = '[▁▂▃▄▅▆▇█·]';

describe('statecraft play: odds after every step and signposts to watch', () => {
  it('should draw a sparkline per outcome that grows with each step, and open, scroll and close the signposts overlay', async () => {
    const run = start(['play', 'test/fixtures/uncertain/ranges.yaml']);
    const trend = (steps: number) => new RegExp(`^TREND {2}fallen ${SPARK}{${steps}} {2}held ${SPARK}{${steps}} *$`, 'm');
    await vi.waitFor(() => expect(run.screen()).toMatch(trend(1)), PATIENCE);
    run.press('a');
    await vi.waitFor(() => expect(run.screen()).toMatch(trend(2)), PATIENCE);
    // Two months at once: the live odds skip the month between, and the trend fills it in (no · left) from a second worker.
    run.press('aa');
    await vi.waitFor(() => expect(run.screen()).toMatch(/^TREND {2}fallen [▁▂▃▄▅▆▇█]{4} {2}held [▁▂▃▄▅▆▇█]{4} *$/m), PATIENCE);
    run.press('u');
    await vi.waitFor(() => expect(run.screen()).toMatch(trend(3)), PATIENCE);
    // Undo goes back along the branch: the trend follows the cursor.
    run.press('u');
    await vi.waitFor(() => expect(run.screen()).toMatch(trend(2)), PATIENCE);
    run.press('w');
    await run.waitFor('SIGNPOSTS TO WATCH FROM HERE (conditional statistics, not causes)');
    await run.waitFor('BY THE END OF Feb 2025');
    const screen = run.screen();
    expect(screen).toContain('From Feb 2025, step');
    expect(screen).toMatch(/seen \d+\.\d% {3}value \d\.\d{3} bits/);
    expect(screen).toMatch(/fallen (×[\d.<]+ \([\d.<]+–[\d.<]+\)|too few runs)/);
    expect(screen.split('\n').at(-2)).toContain('any other key closes');
    run.press('j');
    await vi.waitFor(() => expect(run.screen()).toMatch(/lines \d+–\d+ of \d+|↓|▼|more/), PATIENCE);
    run.press('x');
    await run.waitFor('TRIGGERS');
    expect(run.screen()).not.toContain('SIGNPOSTS TO WATCH');
    run.press('?');
    await run.waitFor('w          signposts: what to watch from here');
    run.press('x');
    await run.waitFor('TRIGGERS');
    run.press('q');
    await run.waitFor('Quit anyway?');
    run.press('y');
    expect(await run.exit).toBe(0);
  });
});
