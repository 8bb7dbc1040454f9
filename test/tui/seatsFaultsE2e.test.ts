// Faults with real processes: a seat killed with a proposal waiting, and the host killed and resumed; the transcript is checked after each.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Run } from './pty.js';
import { advanceTo, proposePass, ptyPool } from './seatScreen.js';

const pool = ptyPool();
afterEach(pool.killAll);
const open = pool.open;
const bySeat = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'harir-in-45.transcript.json'), 'utf8')).entries as { kind: string; by?: { seat: string } }[])
    .filter((e) => e.by)
    .map((e) => `${e.kind}:${e.by?.seat}`);

/** Opens the seat's main screen (it starts on the briefing), then proposes a pass. */
async function proposePassFromBriefing(team: Run): Promise<void> {
  team.press('b');
  await team.waitFor('YOUR TURN');
  await proposePass(team);
}

describe('a hosted exercise under faults', () => {
  it('should refuse to write its seat codes over a file of another kind, and leave that file as it was', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seats-codes-'));
    const codes = join(dir, 'harir-in-45.transcript.json.seats.json');
    writeFileSync(codes, 'my notes\n');
    const host = open(['exercise', 'harir-in-45', '--host', '--port', '0'], dir);
    expect(await host.exit).toBe(1);
    await host.waitFor('refusing to overwrite harir-in-45.transcript.json.seats.json');
    expect(readFileSync(codes, 'utf8')).toBe('my notes\n');
    // Refused before the transcript is begun, so the same command works once the file is moved away.
    expect(existsSync(join(dir, 'harir-in-45.transcript.json'))).toBe(false);
  });

  it('should keep a killed seat’s proposal waiting, and apply it once after the seat comes back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seats-kill-'));
    const host = open(['exercise', 'harir-in-45', '--host', '--port', '0'], dir);
    await host.waitFor('HOST :');
    const address = `127.0.0.1:${/HOST :(\d+)/.exec(host.screen())?.[1]}`;
    const code = JSON.parse(readFileSync(join(dir, 'harir-in-45.transcript.json.seats.json'), 'utf8')).roles.erbil;
    await advanceTo(host, 'Mar 2026');
    const erbil = open(['join', address, '--code', code], dir);
    await proposePassFromBriefing(erbil);
    erbil.proc.kill('SIGKILL');
    await erbil.exit;
    await host.waitFor('1 proposal (P)');
    expect(bySeat(dir)).toEqual([]);
    const back = open(['join', address, '--code', code], dir);
    back.press('b');
    await back.waitFor('waiting for the facilitator: decision');
    expect(back.screen()).toContain('erbil_asks: pass');
    host.press('P');
    await host.waitFor('> erbil: decision erbil_asks: pass');
    host.press('y');
    await back.waitFor('decision erbil_asks: pass');
    expect(bySeat(dir)).toEqual(['decide:erbil']);
  });

  it('should survive the host being killed: resume from the transcript, the seat rejoins and offers its proposal again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seats-host-'));
    const host = open(['exercise', 'harir-in-45', '--host', '--port', '0'], dir);
    await host.waitFor('HOST :');
    const port = /HOST :(\d+)/.exec(host.screen())?.[1] as string;
    const code = JSON.parse(readFileSync(join(dir, 'harir-in-45.transcript.json.seats.json'), 'utf8')).roles.erbil;
    await advanceTo(host, 'Mar 2026');
    const erbil = open(['join', `127.0.0.1:${port}`, '--code', code], dir);
    await proposePassFromBriefing(erbil);
    host.proc.kill('SIGKILL');
    await host.exit;
    await erbil.waitFor('· offline');
    expect(bySeat(dir)).toEqual([]);
    // The killed host's lock on the transcript goes stale after a few seconds; until then a resume is refused, and retried.
    let resumed = open(['exercise', 'harir-in-45', '--host', '--resume', '--port', port], dir);
    for (;;) {
      await resumed.waitForScreen((shown) => expect(shown.replace(/\s+/g, ' ')).toMatch(/Mar 2026|being written by another/));
      if (resumed.screen().includes('Mar 2026')) break;
      expect(await resumed.exit).toBe(1);
      resumed = open(['exercise', 'harir-in-45', '--host', '--resume', '--port', port], dir);
    }
    await erbil.waitFor('· online');
    await resumed.waitFor('1 proposal (P)');
    resumed.press('P');
    await resumed.waitFor('> erbil: decision erbil_asks: pass');
    resumed.press('y');
    await erbil.waitFor('done: the host recorded it');
    expect(bySeat(dir)).toEqual(['decide:erbil']);
  });
});

describe('join exit codes', () => {
  it('should exit 1 after a refused code or a lost host, and 0 after a seat that was let in quits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seats-exit-'));
    const host = open(['exercise', 'harir-in-45', '--host', '--port', '0'], dir);
    await host.waitFor('HOST :');
    const address = `127.0.0.1:${/HOST :(\d+)/.exec(host.screen())?.[1]}`;
    const code = JSON.parse(readFileSync(join(dir, 'harir-in-45.transcript.json.seats.json'), 'utf8')).roles.erbil;
    const wrong = open(['join', address, '--code', 'not-a-code'], dir);
    await wrong.waitFor('this code does not open a seat');
    wrong.press('q');
    expect(await wrong.exit).toBe(1);
    const erbil = open(['join', address, '--code', code], dir);
    await erbil.waitFor('· online');
    erbil.press('q');
    expect(await erbil.exit).toBe(0);
    const lost = open(['join', address, '--code', code], dir);
    await lost.waitFor('· online');
    host.proc.kill('SIGKILL');
    await host.exit;
    await lost.waitFor('· offline');
    lost.press('q');
    expect(await lost.exit).toBe(1);
  });
});
