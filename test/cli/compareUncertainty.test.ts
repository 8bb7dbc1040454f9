// `statecraft compare --uncertainty`: A and B over the same parameter draws and runs, in every format, the same bytes for any worker count.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const statecraft = (...args: string[]) => {
  const r = spawnSync(process.execPath, ['dist/cli/bin.js', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const fixture = 'test/fixtures/uncertain/ranges.yaml';
const args = ['compare', fixture, '--uncertainty', '--draws', '30', '--per-draw', '200', '--seed', '4', '--b-set', 'triggers.collapse.chance=0.05'];

describe('statecraft compare --uncertainty', { timeout: 120_000 }, () => {
  it('should report pooled ΔP, its interval, its band across draws and the share of draws with its sign, the same for 1 or 2 workers', () => {
    const one = statecraft(...args, '--workers', '1', '--format', 'json');
    const two = statecraft(...args, '--workers', '2', '--format', 'json');
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const r = JSON.parse(one.stdout);
    expect(r).toMatchObject({ format: 'statecraft-compare-uncertainty', version: 1, draws: 30, perDraw: 200, runs: 6000, seed: 4 });
    expect(r.parameters.onlyA).toEqual(['triggers.collapse.chance']);
    expect(r.parameters.shared).toContain('triggers.protest.chance');
    const fallen = r.outcomes.fallen;
    // A collapse chance of 0.05 is below the whole Beta(2, 8) range in A, so a fall gets rarer in B.
    expect(fallen.delta).toBeLessThan(0);
    expect(fallen.ci95[1]).toBeLessThan(0);
    expect(fallen.delta).toBeCloseTo(fallen.pB - fallen.pA, 3);
    expect(fallen.band.p10).toBeLessThanOrEqual(fallen.band.p50);
    expect(fallen.sameSign).toBeGreaterThan(0.5);
    // A share of the spread of ΔP for every range, A's in file order, with its error.
    expect(Object.keys(fallen.shares)).toEqual([
      'indicators.pressure.initial',
      'indicators.support.initial',
      'triggers.protest.chance',
      'triggers.protest.effects.pressure.add',
      'triggers.protest.effects.support.mul',
      'triggers.collapse.chance',
    ]);
    expect(fallen.shares['triggers.collapse.chance'].se).toBeGreaterThan(0);
    // Held is the complement of fallen in every run: its ΔP mirrors fallen's.
    expect(r.outcomes.held.delta).toBeCloseTo(-fallen.delta, 6);
  });

  it('should print text, Markdown and CSV with the band and the share of draws', () => {
    const text = statecraft(...args, '--workers', '1');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('30 parameter draws × 200 runs each, seed 4: A and B play the same parameter values and the same runs in every draw');
    expect(text.stdout).toContain('Ranged in A only: triggers.collapse.chance');
    expect(text.stdout).toMatch(/^triggers\.collapse\.chance +\d+% ± \d+% +\d+% ± \d+%$/m);
    expect(text.stdout).toMatch(/^ {2}fallen +[\d.]+% +[\d.]+% +−[\d.]+ +−[\d.]+ to −[\d.]+ +[−+][\d.]+ +[−+][\d.]+ +[−+][\d.]+ +\d+% +\d+% +differs/m);
    const md = statecraft(...args, '--workers', '1', '--format', 'md').stdout;
    expect(md).toContain('| outcome | P(A) | P(B) | B − A (points) | 95% interval | 10% | 50% | 90% (across draws) | same sign | run noise | |');
    const csv = statecraft(...args, '--workers', '1', '--format', 'csv').stdout;
    expect(csv).toMatch(/^outcome,fallen,same_sign_share,0\.\d+$/m);
    expect(csv).toMatch(/^outcome,fallen,delta_p90,-?0(\.\d+)?$/m);
  });

  it('should refuse too few draws as a usage error', () => {
    const r = statecraft('compare', fixture, '--uncertainty', '--draws', '1');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--draws');
  });
});
