// A hosted class end to end in pseudo-terminals: the host, two teams and the projector play the 45-minute exercise to its debrief.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Run } from './pty.js';
import { advanceTo, monthLine, proposePass, ptyPool } from './seatScreen.js';

const pool = ptyPool();
afterEach(pool.killAll);
const open = pool.open;

describe('a hosted exercise', () => {
  it('should let each team play from its own terminal while the facilitator approves, and end in a debrief', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'seats-e2e-'));
    const host = open(['exercise', 'harir-in-45', '--host', '--port', '0'], dir);
    await host.waitFor('HOST :');
    const port = /HOST :(\d+)/.exec(host.screen())?.[1];
    const codes = JSON.parse(readFileSync(join(dir, 'harir-in-45.transcript.json.seats.json'), 'utf8'));
    const address = `127.0.0.1:${port}`;
    const washington = open(['join', address, '--code', codes.roles.washington], dir);
    const erbil = open(['join', address, '--code', codes.roles.erbil], dir);
    const projector = open(['join', address, '--code', codes.watch, '--watch'], dir);
    await washington.waitFor('Your forces are repositioned');
    await erbil.waitFor('Attacks on Erbil make you want');
    expect(erbil.screen()).not.toContain('Your forces are repositioned');
    await projector.waitFor('observer ·');
    projector.press('b');
    await projector.waitFor('THE CLASS');
    await host.waitFor('seats washington 1 · erbil 1 · watch 1');

    const predict = async (team: Run, values: string[]) => {
      team.press('b');
      await team.waitFor('YOUR TURN');
      team.press('p');
      await team.waitFor('PREDICTION');
      for (const v of values) team.press(`${v}\r`);
      await team.waitFor('Send this to the facilitator?');
      team.press('y');
      await team.waitFor('done: the host recorded it');
    };
    await predict(washington, ['20', '30', '50']);
    await predict(erbil, ['40', '10', '50']);
    await host.waitFor('(2 entered)');

    const decidePass = async (team: Run) => {
      await proposePass(team);
      await host.waitFor('1 proposal (P)');
      host.press('P');
      await host.waitFor('PROPOSALS FROM THE TEAMS');
      host.press('y');
      await team.waitFor('done: the host recorded it');
      host.press('\x1b');
      await host.waitFor('THIS MONTH');
    };
    await advanceTo(host, 'Mar 2026');
    await decidePass(erbil);
    await advanceTo(host, 'May 2026');
    await decidePass(washington);
    await advanceTo(host, 'Jun 2026');
    await washington.waitFor('Jun 2026');
    await predict(washington, ['10', '10', '80']);
    const decided = /outcome: (full_exit|redefined|kurdistan|undecided)/;
    for (let shown = await host.settled(); !decided.test(shown); shown = await host.settled()) {
      const before = monthLine(shown);
      host.press('a');
      await host.waitForScreen((now) => expect(monthLine(now) !== before || decided.test(now), 'the month moved on or the outcome came').toBe(true));
    }
    await projector.waitFor('(ended)');
    await erbil.waitFor('The exercise has ended');
    host.press('q');
    expect(await host.exit).toBe(0);

    const transcript = JSON.parse(readFileSync(join(dir, 'harir-in-45.transcript.json'), 'utf8'));
    const bySeat = transcript.entries.filter((e: { by?: unknown }) => e.by).map((e: { kind: string; by: { seat: string } }) => `${e.kind}:${e.by.seat}`);
    expect(bySeat).toEqual(['predict:washington', 'predict:erbil', 'decide:erbil', 'decide:washington', 'predict:washington']);
    const debrief = open(['debrief', join(dir, 'harir-in-45.transcript.json'), '--runs', '200'], dir);
    expect(await debrief.exit).toBe(0);
    const html = readFileSync(join(dir, 'harir-in-45.debrief.html'), 'utf8');
    expect(html).toContain('washington');
    expect(existsSync(join(dir, 'harir-in-45.debrief.md'))).toBe(true);
  });
});
