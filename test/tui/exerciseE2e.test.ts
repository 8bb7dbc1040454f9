import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { start } from './pty.js';

describe('statecraft exercise in a terminal (facilitator)', () => {
  it('should show the month and the odds, check a prediction as it is typed, advance, undo, and save the transcript after every action', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const run = start(['exercise', 'harir-countdown'], {}, 80, 24, dir);
    await run.waitFor('THIS MONTH');
    expect(run.screen()).toContain('• The mission ends, formally (F1, F2, F23)');
    expect(run.screen()).toContain('? predict (p): Before anything');
    expect(run.screen().split('\n')[0]).toMatch(/· outcome: open\s*$/);
    expect(run.screen().split('\n')[1]).toMatch(/^odds ±\d+ pp: kurdistan_deal \d+% full_exit \d+% redefined_mission \d+% undecided 0%/);
    run.press('p');
    await run.waitFor('PREDICTION');
    run.press('\r');
    await run.waitFor('Student or team: ▌');
    run.press('Red\r50%\r0.3\r0.3');
    await run.waitFor('✗ the probabilities would add up to 1.1: at most 0.2 here');
    run.press('\x7f\x7f\x7f0.2\r\r');
    await run.waitFor('recorded: predict; transcript saved');
    await run.waitFor('Red predicts kurdistan_deal 50%, full_exit 30%, redefined_mission 20%');
    run.press('a');
    await run.waitFor('Oct 2025 (month 2/13)');
    await run.waitFor('• Drones over Erbil');
    run.press('u');
    await run.waitFor('UNDO: take back "the month ends"?');
    run.press('\r');
    await run.waitFor('taken back; transcript saved');
    await run.waitFor('Sep 2025 (month 1/13)');
    run.press('q');
    expect(await run.exit).toBe(0);
    const transcript = JSON.parse(readFileSync(join(dir, 'harir-countdown.transcript.json'), 'utf8'));
    expect(transcript.entries).toEqual([
      { kind: 'predict', prompt: 'start', team: 'Red', p: { kurdistan_deal: 0.5, full_exit: 0.3, redefined_mission: 0.2 } },
      { kind: 'advance' },
      { kind: 'undo' },
    ]);
  });

  it('should resume a transcript where it stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const first = start(['exercise', 'harir-in-45'], {}, 80, 24, dir);
    await first.waitFor('THIS MONTH');
    first.press('a');
    await first.waitFor('Oct 2025');
    first.press('\x03');
    await first.exit;
    const again = start(['exercise', 'harir-in-45'], {}, 80, 24, dir);
    expect(await again.exit).toBe(1);
    // node-pty may report the exit before the last output has reached the terminal: wait for it.
    await again.waitFor('a transcript already exists at harir-in-45.transcript.json');
    const resumed = start(['exercise', 'harir-in-45', '--resume'], {}, 80, 24, dir);
    await resumed.waitFor('Oct 2025 (month 2/13)');
    resumed.press('q');
    expect(await resumed.exit).toBe(0);
  });
});
