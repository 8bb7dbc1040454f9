import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { start } from './pty.js';

describe('statecraft exercise in a terminal (facilitator)', () => {
  it('should show the month, re-ask a prediction that does not add up, advance, and save the transcript after every action', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const run = start(['exercise', 'harir-countdown'], {}, 80, 24, dir);
    await run.waitFor('THIS MONTH');
    expect(run.screen()).toContain('• The mission ends, formally (F1, F2, F23)');
    expect(run.screen()).toContain('? predict (p): Before anything\n');
    run.press('p');
    await run.waitFor('PREDICTION');
    run.press('\r');
    await run.waitFor('Student or team: ▌');
    run.press('Red\r50%\r0.3\r0.3\r');
    await run.waitFor('! the probabilities add up to 1.1, not 1');
    expect(run.screen()).toContain('P(kurdistan_deal), as 0.25 or 25%: ▌');
    run.press('0.2\r0.3\r0.5\r');
    await run.waitFor('recorded: predict; transcript saved');
    await run.waitFor('Red predicts kurdistan_deal 20%, full_exit 30%, redefined_mission 50%');
    run.press('a');
    await run.waitFor('Oct 2025 (month 2/13)');
    await run.waitFor('• Drones over Erbil');
    run.press('q');
    expect(await run.exit).toBe(0);
    const transcript = JSON.parse(readFileSync(join(dir, 'harir-countdown.transcript.json'), 'utf8'));
    expect(transcript.entries).toEqual([
      { kind: 'predict', prompt: 'start', team: 'Red', p: { kurdistan_deal: 0.2, full_exit: 0.3, redefined_mission: 0.5 } },
      { kind: 'advance' },
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
    expect(again.screen()).toContain('a transcript already exists at harir-in-45.transcript.json');
    const resumed = start(['exercise', 'harir-in-45', '--resume'], {}, 80, 24, dir);
    await resumed.waitFor('Oct 2025 (month 2/13)');
    resumed.press('q');
    expect(await resumed.exit).toBe(0);
  });
});
