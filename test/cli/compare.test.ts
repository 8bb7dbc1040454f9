// `statecraft compare` and `statecraft drivers`: paired differences on common random numbers, in every format.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statecraft } from '../helpers.js';
import { withPlacebo } from '../placebo.js';

describe('statecraft compare', { timeout: 120_000 }, () => {
  const isis = ['--runs', '4000', '--workers', '1', '--b-set', 'triggers.isis_resurgence.chance=0.2'];
  const calm = ['--runs', '4000', '--workers', '1', '--b-set', 'triggers.isis_resurgence.chance=0.0'];

  it('should give P(A), P(B) and a paired interval narrower than two independent batches would', async () => {
    const r = JSON.parse((await statecraft('compare', ...isis, '--format', 'json')).stdout);
    expect(r.b.sets).toEqual(['triggers.isis_resurgence.chance=0.2']);
    expect(r.a.sets).toEqual([]);
    const exit = r.outcomes.full_exit;
    expect(exit.pB).toBeLessThan(exit.pA);
    expect(exit.excludesZero).toBe(true);
    expect(exit.ci95[1]).toBeLessThan(0);
    const width = (ci: number[]) => (ci[1] as number) - (ci[0] as number);
    for (const o of Object.values(r.outcomes) as { ci95: number[]; independentCi95: number[] }[]) expect(width(o.ci95)).toBeLessThan(width(o.independentCi95));
    // Without ISIS flare-ups most runs play out the same in both variants, so pairing narrows the interval most.
    const quiet = JSON.parse((await statecraft('compare', ...calm, '--format', 'json')).stdout);
    expect(width(quiet.outcomes.redefined_mission.ci95)).toBeLessThan(0.75 * width(quiet.outcomes.redefined_mission.independentCi95));
  });

  it('should find exactly no difference where a change touches nothing: every run ends the same way on common random numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const placebo = join(dir, 'placebo.yaml');
    writeFileSync(placebo, withPlacebo());
    const r = JSON.parse(
      (await statecraft('compare', placebo, '--runs', '2000', '--workers', '1', '--b-set', 'triggers.placebo.chance=0.5', '--format', 'json')).stdout,
    );
    for (const o of Object.values(r.outcomes)) expect(o).toMatchObject({ delta: 0, onlyA: 0, onlyB: 0, excludesZero: false });
  });

  it('should print the comparison as text, Markdown and CSV', async () => {
    // 2,000 runs: the full-exit difference (about −8 points) lies about six half-widths of its interval from 0.
    const isis = ['--runs', '2000', '--workers', '1', '--b-set', 'triggers.isis_resurgence.chance=0.2'];
    const text = (await statecraft('compare', ...isis)).stdout;
    expect(text).toContain('    set triggers.isis_resurgence.chance to 0.2 (--set triggers.isis_resurgence.chance=0.2)');
    expect(text).toMatch(/ {2}full_exit +[\d.]+% +[\d.]+% +−[\d.]+ +−[\d.]+ to −[\d.]+ +differs/);
    expect(text).toMatch(/ {2}kurdistan_deal .*(within noise \(contains 0\)|differs)/);
    expect((await statecraft('compare', ...isis, '--format', 'md')).stdout).toMatch(
      /\| full_exit \| [\d.]+% \| [\d.]+% \| −[\d.]+ \| −[\d.]+ to −[\d.]+ \| differs \|/,
    );
    const csv = (await statecraft('compare', ...isis, '--format', 'csv')).stdout.split('\n');
    expect(csv[0]).toBe('section,subject,key,value');
    expect(csv).toContain('outcome,full_exit,excludes_zero,1');
    expect(csv).toContain('b,set,triggers.isis_resurgence.chance=0.2,set triggers.isis_resurgence.chance to 0.2 (--set triggers.isis_resurgence.chance=0.2)');
  });

  it('should compare two scenario files, and refuse two that do not share outcomes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const placebo = join(dir, 'placebo.yaml');
    writeFileSync(placebo, withPlacebo());
    const both = await statecraft('compare', '--runs', '500', '--workers', '1', '--b-scenario', placebo, '--format', 'json');
    expect(both.stderr).toBe('');
    const r = JSON.parse(both.stdout);
    expect(Object.keys(r.outcomes)).toEqual(['kurdistan_deal', 'full_exit', 'redefined_mission']);
    expect(await statecraft('compare', '--runs', '10', '--workers', '1', '--b-scenario', 'test/fixtures/valid/minimal.yaml')).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('the two scenarios have different outcomes'),
    });
  });
});

describe('statecraft drivers', { timeout: 120_000 }, () => {
  it('should rank effects of bans by size, never listing a placebo as a driver', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'statecraft-'));
    const file = join(dir, 'placebo.yaml');
    writeFileSync(file, withPlacebo());
    const r = JSON.parse((await statecraft('drivers', file, '--runs', '500', '--first-chance', '--workers', '1', '--format', 'json')).stdout);
    expect(r.provenance).toMatchObject({ runs: 500, seed: 1 });
    const sizes = r.effects.map((e: { delta: number }) => Math.abs(e.delta));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const placebo = r.effects.filter((e: { trigger: string }) => e.trigger === 'placebo');
    expect(placebo).toHaveLength(6);
    for (const e of placebo) expect(e.excludesZero, `${e.intervention} ${e.outcome}`).toBe(false);
    // The largest effect is about 11 points; its paired interval at 500 runs is about ±3.
    expect(r.effects[0]).toMatchObject({ excludesZero: true, runs: 500 });
    const text = (await statecraft('drivers', file, '--runs', '1000', '--workers', '1', '--top', '5')).stdout;
    expect(text).toContain('ΔP = P(intervention) − P(baseline) in percentage points, with a paired 95% interval over 1,000 runs.');
    expect(text).not.toMatch(/placebo.*driver$/m);
  });
});
