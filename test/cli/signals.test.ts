import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { PATIENCE } from '../helpers.js';
import { start } from '../tui/pty.js';

const slow = join(process.cwd(), 'test/fixtures/slow/wide-and-long.yaml');
const uncertainSlow = join(process.cwd(), 'test/fixtures/slow/wide-and-uncertain.yaml');

describe('signals stop a slow command with nothing partial on disk', () => {
  it.each([
    ['SIGINT', '1', 130],
    ['SIGTERM', '2', 143],
  ])('should stop a batch on %s with %s worker(s) while a chunk runs, exit %i and write nothing when no run finished', async (signal, workers, code) => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-signal-'));
    const run = start(['batch', slow, '--runs', '100000', '--workers', workers, '--out', 'out.json'], {}, 100, 24, dir);
    await run.waitFor('0/100,000');
    run.proc.kill(signal);
    expect(await run.exit).toBe(code);
    await run.waitFor('interrupted');
    const leftovers = readdirSync(dir);
    if (leftovers.includes('out.json')) expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).partial).toBe(true);
    else expect(run.screen()).toContain('interrupted before any run finished: nothing was written to out.json');
    expect(leftovers.filter((f) => f !== 'out.json')).toEqual([]);
  });

  it('should name the --out file, not "the result above", when an interrupted batch wrote its partial result there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-signal-'));
    const run = start(['batch', 'base-closure', '--runs', '100000000', '--workers', '1', '--format', 'json', '--out', 'out.json'], {}, 100, 24, dir);
    await vi.waitFor(() => expect(run.screen()).toMatch(/ [1-9][\d,]*\/100,000,000/), PATIENCE);
    run.proc.kill('SIGINT');
    expect(await run.exit).toBe(130);
    await run.waitFor('interrupted: the result in out.json covers');
    expect(run.screen()).not.toContain('the result above');
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).partial).toBe(true);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  // Every long command, on the slow scenario: wait for its progress (its own bar, or the "working…" line), then signal it.
  const slowCommands: [string, string[], NodeJS.Signals, number][] = [
    ['check', ['check', slow, '--counterexamples', 'cex'], 'SIGINT', 130],
    ['paths', ['paths', slow, '--to', 'last_busy', '--out-dir', 'paths'], 'SIGTERM', 143],
    ['run', ['run', slow, '--save', 'run.json'], 'SIGINT', 130],
    ['signposts', ['signposts', slow, '--runs', '1000'], 'SIGTERM', 143],
    ['drivers', ['drivers', slow, '--runs', '200', '--workers', '1'], 'SIGINT', 130],
    ['compare', ['compare', slow, '--runs', '200', '--b-set', 'indicators.x.initial=30'], 'SIGTERM', 143],
    ['sensitivity', ['sensitivity', slow, '--runs', '200', '--workers', '2'], 'SIGINT', 130],
    ['sweep', ['sweep', slow, '--runs', '200', '--grid', 'indicators.x.initial=10:30:3'], 'SIGTERM', 143],
    ['batch --given', ['batch', slow, '--runs', '200', '--given', 'indicators.x > 50.0 by 2030-01', '--out', 'given.json'], 'SIGINT', 130],
    ['batch --uncertainty', ['batch', uncertainSlow, '--draws', '50', '--per-draw', '20', '--workers', '1', '--out', 'u.json'], 'SIGTERM', 143],
    ['batch --uncertainty --shard', ['batch', uncertainSlow, '--draws', '50', '--per-draw', '20', '--shard', '1/2', '--out', 's.json'], 'SIGINT', 130],
    [
      'compare --uncertainty',
      ['compare', uncertainSlow, '--uncertainty', '--draws', '20', '--per-draw', '20', '--b-set', 'indicators.x.initial=30'],
      'SIGTERM',
      143,
    ],
  ];
  // Concurrent: each case spends most of its time waiting for the program's first progress line.
  it.concurrent.each(slowCommands)(
    'should stop %s within its work, with the exit code of the signal, one line on stderr and no file behind',
    async (_, args, signal, code) => {
      const dir = mkdtempSync(join(tmpdir(), 'statecraft-signal-'));
      const run = start(args, {}, 120, 24, dir);
      await vi.waitFor(() => expect(run.screen()).toMatch(/working…|\[[#.]{30}\]/), PATIENCE);
      run.proc.kill(signal);
      expect(await run.exit).toBe(code);
      await run.waitFor('interrupted');
      expect(
        run
          .screen()
          .split('\n')
          .filter((line) => line.includes('interrupted')),
      ).toHaveLength(1);
      expect(readdirSync(dir)).toEqual([]);
    },
  );
});
