import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const statecraft = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['dist/cli/bin.js', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const fixture = 'test/fixtures/uncertain/ranges.yaml';

describe('statecraft batch --uncertainty', () => {
  it('should report the pooled P, its interval, the band across draws and each parameter share, the same bytes for any worker count', () => {
    const args = ['batch', fixture, '--uncertainty', '--draws', '40', '--per-draw', '200', '--seed', '5', '--format', 'json'];
    const one = statecraft(...args, '--workers', '1');
    const two = statecraft(...args, '--workers', '2');
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const r = JSON.parse(one.stdout);
    expect(r).toMatchObject({ format: 'statecraft-uncertainty', version: 1, draws: 40, perDraw: 200, runs: 8000, seed: 5 });
    const fallen = r.outcomes.fallen;
    expect(fallen.band.p10).toBeLessThan(fallen.band.p50);
    expect(fallen.band.p50).toBeLessThan(fallen.band.p90);
    expect(fallen.ci95[0]).toBeLessThan(fallen.p);
    expect(Object.keys(fallen.shares)).toEqual(r.parameters.map((p: { id: string }) => p.id));
    // P(fallen) + P(held) = 1 in every run, so the pooled odds add up.
    expect(fallen.p + r.outcomes.held.p).toBeCloseTo(1, 6);
  });

  it('should print a band chart per outcome and the share table as text', () => {
    const r = statecraft('batch', fixture, '--uncertainty', '--draws', '20', '--per-draw', '100', '--workers', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('20 parameter draws × 100 runs = 2,000 runs from 2025-01, seed 1');
    expect(r.stdout).toMatch(/^fallen .*├.*●.*┤/m);
    expect(r.stdout).toContain('triggers.protest.chance');
    expect(r.stdout).toMatch(/run noise \(100 runs per draw\)/);
  });

  it('should ask for --out with --shard, and refuse bad draw counts, as usage errors', () => {
    const shard = statecraft('batch', fixture, '--uncertainty', '--shard', '1/2');
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain('add --out FILE');
    const bad = statecraft('batch', fixture, '--uncertainty', '--draws', '1');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--draws');
  });

  it('sensitivity --uncertainty should swing each declared range between its 5% and 95% points', () => {
    const r = statecraft('sensitivity', fixture, '--uncertainty', '--runs', '400', '--workers', '1', '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.parameters.map((p: { parameter: string }) => p.parameter)).toEqual([
      'indicators.pressure.initial',
      'indicators.support.initial',
      'triggers.protest.chance',
      'triggers.collapse.chance',
    ]);
    const protest = j.parameters[2];
    expect(Number(protest.low)).toBeCloseTo(0.1, 4);
    expect(Number(protest.high)).toBeCloseTo(0.3, 4);
    expect(protest.highOdds.fallen).toBeGreaterThan(protest.lowOdds.fallen);
    expect(statecraft('sensitivity', 'test/fixtures/valid/minimal.yaml', '--uncertainty', '--runs', '100').code).toBe(2);
  });
});
