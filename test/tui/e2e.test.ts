// Drives the real built program in a pseudo-terminal and reads the screen, as a person would see it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { COLOUR, start } from './pty.js';

describe('statecraft play in a terminal', () => {
  it('should start on the shipped scenario, fire, advance, undo, explain and quit cleanly', async () => {
    const run = start(['play']);
    await run.waitFor('TRIGGERS 15 of 26 enabled');
    await run.waitFor('ODDS kurdistan_deal');
    expect(run.screen()).toContain('The end of the coalition mission');
    expect(run.screen()).toContain('OUTCOME  open · next deadline: end of Sep 2025');
    expect(run.term.buffer.active.type).toBe('alternate');
    expect(run.raw(), 'colour is on by default').toMatch(COLOUR);
    run.press('\r');
    await run.waitFor('fired isis_resurgence: step 1');
    await run.waitFor('*isis      Resurgent in western Iraq');
    run.press('a');
    await run.waitFor('Oct 2025 (month 2/13) · step 4');
    run.press('u');
    await run.waitFor('undone: back to step 1');
    run.press('e');
    await run.waitFor('Step 1 · 2025-09 · isis_resurgence (fired)');
    await run.waitFor('isis_activity +25: 30 → 55');
    run.press('\x1b');
    await run.waitFor('TRIGGERS');
    run.press('?');
    await run.waitFor('KEYS');
    run.press('x');
    run.press('q');
    await run.waitFor('There are unsaved changes. Quit anyway? (y/n)');
    run.press('y');
    expect(await run.exit).toBe(0);
    expect(run.term.buffer.active.type).toBe('normal');
  });

  it('should re-lay the screen on resize and ask for 80×24 when smaller', async () => {
    const run = start(['play'], {}, 100, 30);
    await run.waitFor('TRIGGERS');
    run.proc.resize(60, 20);
    run.term.resize(60, 20);
    await run.waitFor('Enlarge the terminal to at least 80×24');
    run.proc.resize(90, 26);
    run.term.resize(90, 26);
    await run.waitFor('TRIGGERS 15 of 26 enabled');
    run.press('\x03');
    expect(await run.exit).toBe(0);
    expect(run.term.buffer.active.type).toBe('normal');
  });

  it('should use no colour with NO_COLOR and stay readable', async () => {
    const run = start(['play'], { NO_COLOR: '1' });
    await run.waitFor('TRIGGERS 15 of 26 enabled');
    run.press('j');
    await run.waitFor('>×isis_contained_again');
    expect(run.raw()).not.toMatch(COLOUR);
    run.press('q');
    expect(await run.exit).toBe(0);
  });

  it('should show Arabic labels with --lang ar', async () => {
    const run = start(['play', '--lang', 'ar'], { STATECRAFT_BIDI: 'terminal' });
    await run.waitFor('نشاط داعش');
    run.press('q');
    expect(await run.exit).toBe(0);
  });

  it('should open a run script (such as a counterexample) and continue from its last step', async () => {
    const run = start(['play', 'base-closure', '--script', 'test/scenarios/base-closure-agreement.yaml', '--no-odds']);
    await run.waitFor('step 5');
    expect(run.screen()).toContain('OUTCOME  agreement: The base stays under an agreement (decided)');
    run.press('q');
    await run.waitFor('There are unsaved changes');
    run.press('y');
    expect(await run.exit).toBe(0);
  });

  it('should draw a progress bar with the time left for a long batch on a terminal', async () => {
    const run = start(['batch', '--runs', '3000000', '--workers', '1']);
    await run.waitFor('batch [');
    expect(run.screen()).toMatch(/batch \[[#.]{30}\] \d+% [\d,]+\/3,000,000 · [\d.]+ s left/);
    run.press('\x03');
    expect(await run.exit).toBe(130);
  });

  it('should refuse to start without a terminal and suggest statecraft run', () => {
    const r = spawnSync(process.execPath, ['dist/cli/bin.js', 'play'], { input: '', encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error: statecraft play needs an interactive terminal');
    expect(r.stderr).toContain('statecraft run');
  });

  it('should show positioned errors for a broken scenario, not a stack', async () => {
    const run = start(['play', 'test/fixtures/invalid/unknown-to-state.yaml']);
    expect(await run.exit).toBe(1);
    // node-pty may report the exit before the last output has reached the terminal: wait for it.
    await run.waitFor('test/fixtures/invalid/unknown-to-state.yaml:49:13 error[unknown-reference]');
    expect(run.screen()).not.toContain('    at ');
  });
});
