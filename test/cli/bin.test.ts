// The real `statecraft` executable, spawned as a user runs it: exit codes, Ctrl+C, and nothing running on import.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { start } from '../tui/pty.js';

const bin = (...args: string[]) => spawnSync(process.execPath, ['dist/cli/bin.js', ...args], { encoding: 'utf8' });

describe('the statecraft executable', () => {
  it('should exit 0 on success, 1 on a user error and 2 on a usage error', () => {
    expect(bin('--version')).toMatchObject({ status: 0, stdout: '0.1.0\n' });
    expect(bin('run', 'base-closure', '--steps', 'atack')).toMatchObject({ status: 1, stderr: expect.stringContaining('did you mean "attack"?') });
    expect(bin('run', '--bogus')).toMatchObject({ status: 2, stderr: expect.stringContaining("error: unknown option '--bogus'") });
  });

  it('should do nothing when the command-line module is only imported', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('./dist/cli/main.js')"], { encoding: 'utf8' });
    expect(r).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('should print the partial result and exit 130 on Ctrl+C during a batch', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'statecraft-')), 'partial.json');
    const run = start(['batch', '--runs', '50000000', '--workers', '1', '--format', 'json', '--out', out]);
    // Some runs done (the bar can show 0 of them first, and a stop then has nothing to report).
    await run.waitForScreen((shown) => expect(shown).toMatch(/batch \[[#.]+\] \d+% [1-9][\d,]*\//));
    run.press('\x03');
    expect(await run.exit).toBe(130);
    expect(run.raw()).toContain(`interrupted: the result in ${out} covers`);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.partial).toBe(true);
    expect(report.runs).toBeGreaterThan(0);
    expect(report.runs).toBeLessThan(50_000_000);
  });
});
