// Runs that stop on an evaluation error: batch and merge exit 1, name the expression, and print a replay line that, pasted, fails the same way.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statecraft } from '../helpers.js';

const CHANCE = 'test/fixtures/batch/chance-error.yaml';
const EFFECT = 'test/fixtures/batch/eval-error.yaml';

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
