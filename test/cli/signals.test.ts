import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { start } from '../tui/pty.js';

const slow = join(process.cwd(), 'test/fixtures/slow/wide-and-long.yaml');

describe('signals stop a slow command with nothing partial on disk', () => {
  it.each([
    ['SIGINT', '1'],
    ['SIGTERM', '2'],
  ])('should stop a batch on %s with %s worker(s) while a chunk runs, exit 130 and write nothing when no run finished', async (signal, workers) => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-signal-'));
    const run = start(['batch', slow, '--runs', '100000', '--workers', workers, '--out', 'out.json'], {}, 100, 24, dir);
    await run.waitFor('0/100,000');
    run.proc.kill(signal);
    expect(await run.exit).toBe(130);
    await run.waitFor('interrupted');
    const leftovers = readdirSync(dir);
    if (leftovers.includes('out.json')) expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).partial).toBe(true);
    else expect(run.screen()).toContain('interrupted before any run finished: nothing was written to out.json');
    expect(leftovers.filter((f) => f !== 'out.json')).toEqual([]);
  });

  it('should name the --out file, not "the result above", when an interrupted batch wrote its partial result there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-signal-'));
    const run = start(['batch', 'base-closure', '--runs', '100000000', '--workers', '1', '--format', 'json', '--out', 'out.json'], {}, 100, 24, dir);
    await vi.waitFor(() => expect(run.screen()).toMatch(/ [1-9][\d,]*\/100,000,000/), { timeout: 15000, interval: 50 });
    run.proc.kill('SIGINT');
    expect(await run.exit).toBe(130);
    await run.waitFor('interrupted: the result in out.json covers');
    expect(run.screen()).not.toContain('the result above');
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).partial).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });
});
