// Runs that stop on an evaluation error: batch and merge exit 1, name the expression, and print a replay line that, pasted, fails the same way.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statecraft, statecraftIn } from '../helpers.js';

const CHANCE = 'test/fixtures/batch/chance-error.yaml';
const EFFECT = 'test/fixtures/batch/eval-error.yaml';
const FORCED = 'test/fixtures/batch/forced-scheduled.yaml';

/** The words a POSIX shell makes of a command line (checked against `sh` itself). */
function shellWords(line: string): string[] {
  const out = execFileSync('sh', ['-c', `for w in ${line.replace(/^statecraft /, '')}; do printf '%s\\0' "$w"; done`], { encoding: 'utf8' });
  return out.split('\0').slice(0, -1);
}

/** The `replay it:` line of a batch or merge, as the words a shell would pass to statecraft. */
function replayArgs(stderr: string): string[] {
  const line = /replay it: (statecraft .*)$/m.exec(stderr)?.[1];
  expect(line, stderr).toBeDefined();
  return shellWords(line as string);
}

/** The evaluation error a batch names. */
const detailOf = (stderr: string) => /first in run \d+ \(seed \d+\): (.*)$/m.exec(stderr)?.[1] as string;

describe('the run to replay', { timeout: 120_000 }, () => {
  it('should replay a chance that fails only in some states, with the path given, failing the same way (F8)', async () => {
    const r = await statecraft('batch', CHANCE, '--runs', '200', '--seed', '3', '--workers', '1', '--format', 'json');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: \d+ of 200 runs stopped on an evaluation error/);
    const detail = detailOf(r.stderr);
    expect(detail).toBe('test/fixtures/batch/chance-error.yaml:34:13: triggers.probe.chance failed: division by zero');
    const args = replayArgs(r.stderr);
    expect(args.slice(0, 2)).toEqual(['run', CHANCE]);
    const rerun = await statecraft(...args);
    expect(rerun.code).toBe(1);
    expect(rerun.stderr).toContain(detail);
    // The steps a batch fired by hand (none here) reproduce nothing: only the run's own rolls evaluate the chance.
    const steps = args[args.indexOf('--steps') + 1] as string;
    expect(steps).toMatch(/^roll:\d+$/);
  });

  it('should replay every run listed in the text report the same way', async () => {
    const r = await statecraft('batch', CHANCE, '--runs', '60', '--seed', '8', '--workers', '1');
    const lines = r.stdout.split('\n').filter((l) => l.trim().startsWith('statecraft run '));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      const rerun = await statecraft(...shellWords(line.trim()));
      expect(rerun, line).toMatchObject({ code: 1, stderr: expect.stringContaining('triggers.probe.chance failed: division by zero') });
    }
  });

  it('should replay an effect that fails, as before', async () => {
    const r = await statecraft('batch', EFFECT, '--runs', '200', '--workers', '1', '--format', 'json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('eval-error.yaml:36:20: triggers.shock.effects.risk.add failed: the result is Infinity');
    const rerun = await statecraft(...replayArgs(r.stderr));
    expect(rerun.code).toBe(1);
    expect(rerun.stderr).toContain('the result is Infinity');
  });

  it('should carry the --set what-ifs, quoted for the shell, when the failing expression came from one', async () => {
    const set = 'triggers.probe.chance=7 / (int(indicators.risk) - 60) > 100 ? 0.5 : 0.05';
    const r = await statecraft('batch', CHANCE, '--runs', '100', '--seed', '5', '--workers', '1', '--set', set, '--format', 'json');
    expect(r.code).toBe(1);
    const detail = detailOf(r.stderr);
    expect(detail).toMatch(/^--set\[1\]:1:\d+: triggers\.probe\.chance failed: division by zero$/);
    expect(r.stderr).toContain(`--set '${set}'`);
    const args = replayArgs(r.stderr);
    expect(args).toContain(set);
    const rerun = await statecraft(...args);
    expect(rerun.code).toBe(1);
    expect(rerun.stderr).toContain(detail);
  });

  it('should replay a run that fired a scheduled trigger by --force with the batch up to that run, failing the same way (N3)', async () => {
    const r = await statecraft('batch', FORCED, '--runs', '40', '--seed', '4', '--workers', '1', '--force', 'deadline@2025-10', '--format', 'json');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('first in run 8 (seed 4): test/fixtures/batch/forced-scheduled.yaml:35:13: triggers.shock.chance failed: division by zero');
    expect(r.stderr).toContain('it fired the scheduled trigger deadline by --force, and statecraft run plays a scheduled trigger only at its own month');
    const args = replayArgs(r.stderr);
    expect(args).toEqual(['batch', FORCED, '--force', 'deadline@2025-10', '--seed', '4', '--runs', '9']);
    const rerun = await statecraft(...args);
    expect(rerun.code).toBe(1);
    // Runs 0–7 pass as before, and run 8 is the batch's run 8: the same error, the same replay line.
    expect(rerun.stderr).toBe(r.stderr.replace('of 40 runs', 'of 9 runs').replace(/^error: \d+ of/, 'error: 1 of'));
    // The run line would not do: its step `deadline` moves the clock to 2026-03, where the scenario ends.
    const asRun = await statecraft('run', FORCED, '--seed', '4', '--batch-run', '8', '--steps', 'roll:1,deadline,roll:6');
    expect(asRun.stderr).not.toContain('division by zero');
  });

  it('should list, for each such run in the text report, a batch whose report shows that run failing the same way (N3)', async () => {
    const r = await statecraft('batch', FORCED, '--runs', '40', '--seed', '4', '--workers', '1', '--force', 'deadline@2025-10');
    const listed = [...r.stdout.matchAll(/^ {4}run (\d+): (.*)\n {4}(statecraft .*)$/gm)];
    expect(listed.length).toBeGreaterThan(1);
    for (const [, run, detail, line] of listed) {
      expect(line).toMatch(/^statecraft batch /);
      const rerun = await statecraft(...shellWords(line as string));
      expect(rerun.code, line).toBe(1);
      expect(rerun.stdout, line).toContain(`    run ${run}: ${detail}\n`);
    }
  });

  it('should keep replaying a forced exogenous trigger with run', async () => {
    const r = await statecraft('batch', CHANCE, '--runs', '100', '--seed', '3', '--workers', '1', '--force', 'push@2025-02', '--format', 'json');
    expect(r.code).toBe(1);
    const args = replayArgs(r.stderr);
    expect(args.slice(0, 2)).toEqual(['run', CHANCE]);
    expect(args[args.indexOf('--steps') + 1]).toBe('roll:1,push,roll:7');
    const rerun = await statecraft(...args);
    expect(rerun).toMatchObject({ code: 1, stderr: expect.stringContaining(detailOf(r.stderr)) });
  });

  it('should replay a scenario whose name starts with "-" (N6)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-dash-'));
    copyFileSync(CHANCE, join(dir, '-x.yaml'));
    const r = await statecraftIn(dir, 'batch', '--runs', '200', '--seed', '3', '--workers', '1', '--format', 'json', '--', '-x.yaml');
    expect(r.code).toBe(1);
    const args = replayArgs(r.stderr);
    expect(args.slice(0, 2)).toEqual(['run', './-x.yaml']);
    const rerun = await statecraftIn(dir, ...args);
    expect(rerun).toMatchObject({ code: 1, stderr: expect.stringContaining('-x.yaml:34:13: triggers.probe.chance failed: division by zero') });
  });

  it('should make merge exit 1 and name the same expression and replay line as the batch (S3)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sc-replay-'));
    const whole = await statecraft('batch', CHANCE, '--runs', '200', '--seed', '3', '--workers', '1', '--format', 'json');
    const shards = [1, 2].map((k) => join(dir, `part-${k}.json`));
    for (const [i, out] of shards.entries())
      expect((await statecraft('batch', CHANCE, '--runs', '200', '--seed', '3', '--workers', '1', '--shard', `${i + 1}/2`, '--out', out)).code).toBe(0);
    const merged = await statecraft('merge', ...shards, '--scenario', CHANCE, '--format', 'json');
    expect(merged.code).toBe(1);
    expect(merged.stderr).toBe(whole.stderr);
    expect(JSON.parse(merged.stdout).problems).toEqual(JSON.parse(whole.stdout).problems);
  });
});

describe('run --set and --batch-run', () => {
  it('should play a what-if as batch does, and refuse to save one (exit 2)', async () => {
    const what = await statecraft('run', CHANCE, '--set', 'indicators.risk.initial=70', '--steps', 'roll:1');
    expect(what).toMatchObject({ code: 1, stderr: expect.stringContaining('triggers.probe.chance failed: division by zero') });
    const saved = await statecraft('run', CHANCE, '--set', 'indicators.risk.initial=70', '--save', join(tmpdir(), 'never.json'));
    expect(saved).toMatchObject({ code: 2, stderr: expect.stringContaining('--save cannot keep --set') });
    const batchRun = await statecraft('run', CHANCE, '--batch-run', '-1');
    expect(batchRun.code).toBe(2);
  });
});
