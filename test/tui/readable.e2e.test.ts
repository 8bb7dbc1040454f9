// Every fact readable at 80×24: overlays wrap instead of cutting, scroll with a position marker, and ids sit next to labels.
import { describe, expect, it } from 'vitest';
import { start } from './pty.js';

const PGDN = '\x1b[6~';

describe('statecraft play at 80×24', () => {
  it('should show a failed guard with the values it saw in the explain overlay, wrapped, with its plain reading', async () => {
    const run = start(['play', '--no-odds']);
    await run.waitFor('TRIGGERS 15 of 26 enabled');
    run.press('\r');
    await run.waitFor('fired isis_resurgence: step 1');
    run.press('e');
    await run.waitFor('Step 1 · 2025-09 · isis_resurgence (fired)');
    const text = run.screen().replace(/\s+/g, ' ');
    expect(text).toMatch(/guard failed: indicators\.security_need >= 75 \(indicators\.security_need = \d+/);
    expect(run.screen()).not.toMatch(/\(indicators\.…/);
    run.press(PGDN);
    await run.waitFor("reads: Baghdad's need for security support is");
    run.press('q');
    run.press('q');
    await run.waitFor('Quit anyway?');
    run.press('y');
    expect(await run.exit).toBe(0);
  });

  it('should scroll the compare overlay with PgDn and say where it is', async () => {
    const run = start(['play', '--no-odds'], {}, 80, 24);
    await run.waitFor('TRIGGERS 15 of 26 enabled');
    run.press('\r');
    await run.waitFor('step 1 · seed 1');
    run.press('b');
    await run.waitFor('Branch name: branch-2');
    run.press('\r');
    await run.waitFor('new branch branch-2');
    run.press('c');
    await run.waitFor('COMPARE BRANCHES');
    await run.waitFor('── lines 1–');
    expect(run.screen()).toContain('more below ↓');
    run.press(PGDN);
    await run.waitFor('· end · more above ↑');
    expect(run.screen()).toContain('us_troops');
    run.press('x');
    run.press('q');
    await run.waitFor('Quit anyway?');
    run.press('y');
    expect(await run.exit).toBe(0);
  });

  it('should show the details of the selected trigger with its id, its guard and the guard in plain words (i)', async () => {
    const run = start(['play', '--no-odds']);
    await run.waitFor('TRIGGERS 15 of 26 enabled');
    run.press('i');
    await run.waitFor('DETAILS');
    expect(run.screen()).toContain('Selected trigger: ISIS resurgence in western Iraq');
    expect(run.screen()).toContain('[isis_resurgence, exogenous]');
    run.press(PGDN);
    await run.waitFor('[us]');
    run.press('x');
    run.press('q');
    expect(await run.exit).toBe(0);
  });
});
