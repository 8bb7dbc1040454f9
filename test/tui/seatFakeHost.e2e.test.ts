// `statecraft join` in a pseudo-terminal against a fake host: a malformed view is one clear line and exit 1, and no raw control sequence reaches the terminal.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeHost, fakeHost, viewWith, welcome } from '../server/fakeHost.js';
import { ptyPool } from './seatScreen.js';

const pool = ptyPool();
let host: FakeHost | null = null;
afterEach(async () => {
  pool.killAll();
  await host?.close();
  host = null;
});
const CODE = 'abcdefghijklmnopqrstuv';
const ESC = String.fromCharCode(27);
const BEL = String.fromCharCode(7);

describe('join facing a fake host', () => {
  it('should say in one line that it cannot read the host, and exit 1 (not crash with 70)', async () => {
    host = await fakeHost(() => [welcome({ lang: 'en' })]);
    const seat = pool.open(['join', `127.0.0.1:${host.port}`, '--code', CODE], mkdtempSync(join(tmpdir(), 'seat-fake-')));
    await seat.waitFor('is it a statecraft');
    expect(seat.screen().replace(/\s+/g, ' ')).toContain('the host sent a message this seat cannot read; is it a statecraft host of the same version?');
    expect(seat.screen()).not.toContain('internal error');
    seat.press('q');
    expect(await seat.exit).toBe(1);
  });

  it('should show a hostile host’s window-title and clipboard sequences as text, never send them to the terminal', async () => {
    const hostile = `HOSTILE ${ESC}]0;PWNTITLE${BEL}${ESC}]52;c;aGk=${BEL}`;
    host = await fakeHost(() => [welcome(viewWith(hostile), hostile)]);
    const seat = pool.open(['join', `127.0.0.1:${host.port}`, '--code', CODE], mkdtempSync(join(tmpdir(), 'seat-fake-')));
    await seat.waitFor('HOSTILE \\x1b]0;PWNTITLE\\x07');
    expect(seat.raw()).not.toContain(`${ESC}]0;`);
    expect(seat.raw()).not.toContain(`${ESC}]52;`);
    seat.press('q');
    expect(await seat.exit).toBe(0);
  });
});
