import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const statecraft = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['dist/cli/main.js', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const json = (...args: string[]) => JSON.parse(statecraft('batch', ...args, '--format', 'json').stdout);

describe('statecraft batch', () => {
  it('should print the JSON contract with odds, intervals, timing, bands and attribution', () => {
    const r = json('--runs', '4000', '--seed', '9');
    expect(Object.keys(r).slice(0, 3)).toEqual(['scenario', 'runs', 'seed']);
    expect(r).toMatchObject({ scenario: 'iraq-coalition', runs: 4000, seed: 9, undecided: { count: 0, p: 0 } });
    expect(Object.keys(r.outcomes)).toEqual(['kurdistan_deal', 'full_exit', 'redefined_mission']);
    const total = Object.values(r.outcomes as Record<string, { count: number }>).reduce((a, o) => a + o.count, 0);
    expect(total).toBe(4000);
    expect(r.outcomes.full_exit.ci95[0]).toBeLessThan(r.outcomes.full_exit.p);
    expect(Object.keys(r.decidedBy.full_exit)).toEqual(['2026-09']);
    expect(r.bands.us_troops[0]).toEqual({ date: '2025-09', p10: 2500, p50: 2500, p90: 2500 });
    expect(r.bands.us_troops).toHaveLength(14);
    expect(r.conditional.israel_iran_war.outcomes.full_exit.p).toBe(0);
  });

  it('should give byte-identical results for any number of workers and any sharding', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const one = statecraft('batch', '--runs', '9000', '--seed', '4', '--workers', '1', '--format', 'json').stdout;
    const two = statecraft('batch', '--runs', '9000', '--seed', '4', '--workers', '2', '--format', 'json').stdout;
    const shards = ['1/3', '2/3', '3/3'].map((s, i) => {
      const file = join(dir, `s${i}.json`);
      expect(statecraft('batch', '--runs', '9000', '--seed', '4', '--shard', s, '--out', file).code).toBe(0);
      return file;
    });
    const merged = statecraft('merge', shards[2] as string, shards[0] as string, shards[1] as string, '--format', 'json').stdout;
    expect(two).toBe(one);
    expect(merged).toBe(one);
  });

  it('should refuse to merge shards of different batches or an incomplete set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    statecraft('batch', '--runs', '100', '--seed', '1', '--shard', '1/2', '--out', a);
    statecraft('batch', '--runs', '100', '--seed', '2', '--shard', '2/2', '--out', b);
    expect(statecraft('merge', a, b)).toMatchObject({ code: 1, stderr: expect.stringContaining('is from another batch than') });
    expect(statecraft('merge', a)).toMatchObject({ code: 1, stderr: expect.stringContaining('missing shard 2/2') });
  });

  it('should apply what-ifs: a forced war rules out a full exit, a likelier ISIS makes redefinition likelier', () => {
    const base = json('--runs', '3000', '--seed', '5');
    const war = json('--runs', '3000', '--seed', '5', '--force', 'israel_iran_war@2025-10');
    expect(war.outcomes.full_exit.count).toBe(0);
    const skipped = war.forcedSkipped['israel_iran_war@2025-10'];
    expect(skipped, 'skipped only where the war had already broken out').toBeGreaterThan(0);
    expect(skipped).toBeLessThan(150);
    const isis = json('--runs', '3000', '--seed', '5', '--set', 'triggers.isis_resurgence.chance=0.5');
    expect(isis.outcomes.redefined_mission.p).toBeGreaterThan(base.outcomes.redefined_mission.ci95[1]);
    const calm = json('--runs', '3000', '--seed', '5', '--set', 'triggers.isis_resurgence.chance=0.0', '--set', 'indicators.security_need.initial=10');
    expect(calm.outcomes.full_exit.p).toBeGreaterThan(base.outcomes.full_exit.ci95[1]);
  });

  it('should exit 2 with a clear message for bad options', () => {
    const cases: [string[], string][] = [
      [['--runs', '0'], '--runs must be a whole number from 1 to 100000000, not "0"'],
      [['--runs', '-3'], 'not "-3"'],
      [['--runs', '1e12'], 'not "1e12"'],
      [['--force', 'isis_resurgance@2026-01'], 'unknown trigger "isis_resurgance"\nhint: did you mean "isis_resurgence"?'],
      [['--force', 'isis_resurgence@2030-01'], '2030-01 is outside the clock\nhint: pick a month from 2025-09 to 2026-09'],
      [['--set', 'triggers.isis_resurgence.chance=indicators.isis > 2'], 'column 44: unknown indicator "isis"'],
      [['--set', 'indicators.us_troops.initial=9000'], '9000 is outside 0..5000'],
      [['--shard', '3/2'], '--shard "3/2": write K/N'],
    ];
    for (const [args, message] of cases) {
      const r = statecraft('batch', '--runs', '10', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });

  it('should print the partial result and exit 130 when interrupted', async () => {
    const child = spawn(process.execPath, ['dist/cli/main.js', 'batch', '--runs', '50000000', '--workers', '1', '--format', 'json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    const code = await new Promise((r) => child.on('close', r));
    expect(code).toBe(130);
    const report = JSON.parse(stdout);
    expect(report.partial).toBe(true);
    expect(report.runs).toBeGreaterThan(0);
    expect(report.runs).toBeLessThan(50_000_000);
    expect(stderr).toContain('interrupted: the result above covers');
  });

  it('should start every run from a saved session with --from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const session = join(dir, 'isis.session.json');
    statecraft('run', '--steps', 'isis_resurgence,advance:2', '--save', session);
    const r = json('--runs', '2000', '--from', session);
    expect(r.from).toBe('2025-11');
    expect(r.outcomes.full_exit.count).toBe(0);
    expect(Object.keys(r.bands.isis_activity[0])).toEqual(['date', 'p10', 'p50', 'p90']);
    expect(r.bands.isis_activity[0]).toMatchObject({ date: '2025-11', p50: 55 });
  });

  it('should print a terminal table, CSV and Markdown', () => {
    const table = statecraft('batch', '--runs', '500').stdout;
    expect(table).toContain('OUTCOME                      P      95% interval');
    expect(table).toContain('INDICATORS: 10th–90th percentile');
    const csv = statecraft('batch', '--runs', '500', '--format', 'csv').stdout.split('\n');
    expect(csv[0]).toBe('section,subject,key,value');
    expect(csv).toContain('meta,iraq-coalition,runs,500');
    expect(statecraft('batch', '--runs', '500', '--format', 'md').stdout).toContain('| outcome | p | 95% interval | runs |');
  });
});
