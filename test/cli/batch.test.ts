import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchReport } from '../../src/analysis/summarizeBatch.js';
import { wilson } from '../../src/analysis/wilson.js';
import { statecraft, statecraftIn } from '../helpers.js';

/** A batch's JSON report, run in this thread (the worker count does not change results; one test proves it). */
const json = async (...args: string[]) => JSON.parse((await statecraft('batch', ...args, '--workers', '1', '--format', 'json')).stdout);

describe('statecraft batch', () => {
  it('should print the JSON contract with odds, intervals, timing, bands and attribution', async () => {
    const r = await json('--runs', '4000', '--seed', '9');
    expect(Object.keys(r).slice(0, 3)).toEqual(['scenario', 'runs', 'seed']);
    expect(r).toMatchObject({ scenario: 'iraq-coalition', runs: 4000, seed: 9, undecided: { count: 0, p: 0 } });
    expect(Object.keys(r.outcomes)).toEqual(['kurdistan_deal', 'full_exit', 'redefined_mission']);
    const total = Object.values(r.outcomes as Record<string, { count: number }>).reduce((a, o) => a + o.count, 0);
    expect(total).toBe(4000);
    expect(r.outcomes.full_exit.ci95[0]).toBeLessThan(r.outcomes.full_exit.p);
    expect(Object.keys(r.decidedBy.full_exit)).toEqual(['2026-09']);
    expect(r.bands.us_troops[0]).toEqual({ date: '2025-09', p10: 2500, p50: 2500, p90: 2500 });
    expect(r.bands.us_troops).toHaveLength(14);
    expect(r.conditional.israel_iran_war.outcomes.full_exit.p).toBeLessThan(r.outcomes.full_exit.p);
  });

  it('should give byte-identical results for any number of workers and any sharding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const one = (await statecraft('batch', '--runs', '3000', '--seed', '4', '--workers', '1', '--format', 'json')).stdout;
    // Two worker threads through the built program: from source each thread would first load TypeScript through tsx.
    const two = spawnSync(process.execPath, ['dist/cli/bin.js', 'batch', '--runs', '3000', '--seed', '4', '--workers', '2', '--format', 'json'], {
      encoding: 'utf8',
    }).stdout;
    const shards: string[] = [];
    for (const [i, s] of ['1/3', '2/3', '3/3'].entries()) {
      const file = join(dir, `s${i}.json`);
      expect((await statecraft('batch', '--runs', '3000', '--seed', '4', '--shard', s, '--workers', '1', '--out', file)).code).toBe(0);
      shards.push(file);
    }
    const merged = (await statecraft('merge', shards[2] as string, shards[0] as string, shards[1] as string, '--format', 'json')).stdout;
    expect(two).toBe(one);
    expect(merged).toBe(one);
  });

  it('should run its worker threads from any working folder (the same figures as in this one)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-cwd-'));
    copyFileSync('test/fixtures/valid/minimal.yaml', join(dir, 'm.yaml'));
    const args = ['--runs', '20000', '--seed', '4', '--workers', '2', '--format', 'json'];
    const elsewhere = await statecraftIn(dir, 'batch', 'm.yaml', ...args);
    expect(elsewhere.code).toBe(0);
    const here = await statecraft('batch', 'test/fixtures/valid/minimal.yaml', ...args);
    expect(JSON.parse(elsewhere.stdout).outcomes).toEqual(JSON.parse(here.stdout).outcomes);
  });

  it('should refuse to merge shards of different batches or an incomplete set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    await statecraft('batch', '--workers', '1', '--runs', '100', '--seed', '1', '--shard', '1/2', '--out', a);
    await statecraft('batch', '--workers', '1', '--runs', '100', '--seed', '2', '--shard', '2/2', '--out', b);
    expect(await statecraft('merge', a, b)).toMatchObject({ code: 1, stderr: expect.stringContaining('is from another batch than') });
    expect(await statecraft('merge', a)).toMatchObject({ code: 1, stderr: expect.stringContaining('missing shard 2/2') });
  });

  it('should apply what-ifs: a forced war makes a full exit rarer, a likelier ISIS makes redefinition likelier', async () => {
    const base = await json('--runs', '2000', '--seed', '5');
    const war = await json('--runs', '2000', '--seed', '5', '--force', 'israel_iran_war@2025-10');
    expect(war.outcomes.full_exit.p).toBeLessThan(base.outcomes.full_exit.ci95[0]);
    const skipped = war.forcedSkipped['israel_iran_war@2025-10'];
    expect(skipped, 'skipped only where the war had already broken out').toBeGreaterThan(0);
    expect(skipped).toBeLessThan(150);
    const isis = await json('--runs', '2000', '--seed', '5', '--set', 'triggers.isis_resurgence.chance=0.5');
    expect(isis.outcomes.redefined_mission.p).toBeGreaterThan(base.outcomes.redefined_mission.ci95[1]);
    const calm = await json('--runs', '2000', '--seed', '5', '--set', 'triggers.isis_resurgence.chance=0.0', '--set', 'indicators.security_need.initial=10');
    expect(calm.outcomes.full_exit.p).toBeGreaterThan(base.outcomes.full_exit.ci95[1]);
  });

  it('should exit 2 with a clear message for bad options', async () => {
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
      const r = await statecraft('batch', '--runs', '10', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });

  it('should start every run from a saved session with --from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const session = join(dir, 'isis.session.json');
    await statecraft('run', '--steps', 'isis_resurgence,advance:2', '--save', session);
    const r = await json('--runs', '2000', '--from', session);
    expect(r.from).toBe('2025-11');
    expect(r.outcomes.full_exit.p, 'ISIS resurgent: rarer than the 11.5% baseline').toBeLessThan(0.1);
    expect(Object.keys(r.bands.isis_activity[0])).toEqual(['date', 'p10', 'p50', 'p90']);
    expect(r.bands.isis_activity[0]).toMatchObject({ date: '2025-11' });
    expect(r.bands.isis_activity[0].p50, 'a flare-up fades: 55 drifts toward 30').toBeLessThan(55);
  });

  it('should print a terminal table, CSV and Markdown', async () => {
    const table = (await statecraft('batch', '--runs', '500', '--workers', '1')).stdout;
    expect(table).toContain('OUTCOME                      P      95% interval');
    expect(table).toContain('INDICATORS: 10th–90th percentile');
    expect(table, 'outcome ids are never cut in the conditional table').toMatch(/ {2}trigger +fired +kurdistan_deal +full_exit +redefined_mission\n/);
    const csv = (await statecraft('batch', '--runs', '500', '--workers', '1', '--format', 'csv')).stdout.split('\n');
    expect(csv[0]).toBe('section,subject,key,value');
    expect(csv).toContain('meta,iraq-coalition,runs,500');
    expect((await statecraft('batch', '--runs', '500', '--workers', '1', '--format', 'md')).stdout).toContain('| outcome | p | 95% interval | runs |');
  });

  it('should give every share of the sequence and conditional tables its 95% interval, wide where few runs stand behind it', async () => {
    const r = JSON.parse((await statecraft('batch', '--runs', '2000', '--workers', '1', '--format', 'json')).stdout) as BatchReport;
    const rare = r.conditional.us_commits_to_exit;
    expect(rare?.fired, 'a rare trigger: few runs behind its row').toBeLessThan(100);
    const exit = rare?.outcomes.full_exit;
    expect(exit?.ci95).toEqual(wilson(exit?.count ?? 0, rare?.fired ?? 0).map((x) => expect.closeTo(x, 4)));
    expect((exit?.ci95[1] ?? 0) - (exit?.ci95[0] ?? 0), 'its interval is wide').toBeGreaterThan(0.15);
    const table = (await statecraft('batch', '--runs', '2000', '--workers', '1')).stdout;
    const pctOf = (x: number) => (x * 100).toFixed(1);
    const cell = `${pctOf(exit?.p ?? 0)}% (${pctOf(exit?.ci95[0] ?? 0)}–${pctOf(exit?.ci95[1] ?? 0)}) ×${exit?.lift?.toFixed(2)}`;
    expect(table.split('\n').find((l) => l.startsWith('  us_commits_to_exit '))).toContain(cell);
    const top = r.sequences.full_exit?.[0];
    expect(table).toContain(`${pctOf(top?.p ?? 0)}% (${pctOf(top?.ci95[0] ?? 0)}–${pctOf(top?.ci95[1] ?? 0)})  ${top?.sequence.join(' → ')}`);
    const csv = (await statecraft('batch', '--runs', '2000', '--workers', '1', '--format', 'csv')).stdout;
    expect(csv).toContain(`p_outcome_given_fired_ci95_high,us_commits_to_exit,full_exit,${exit?.ci95[1]}`);
    expect((await statecraft('batch', '--runs', '2000', '--workers', '1', '--format', 'md')).stdout).toContain(
      `| us\\_commits\\_to\\_exit | ${pctOf(rare?.firedP ?? 0)}% (`,
    );
  });
});
