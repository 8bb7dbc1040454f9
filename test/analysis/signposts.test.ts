import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { likelihoodRatio, signposts } from '../../src/analysis/signposts.js';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { readScenario } from '../../src/scenario/readScenario.js';

const kernelOf = (file: string) => createKernel(compileScenario(readScenario(file, readFileSync(file, 'utf8'))));

describe('signposts', () => {
  it('should give the likelihood ratios and the value computed by hand for a signal that makes a win four times likelier', () => {
    const report = signposts(kernelOf('test/fixtures/uncertain/signal-month.yaml'), { seed: 3, start: null, forces: [] }, 20_000, 5);
    const best = report.months[0]?.best ?? [];
    // The signal and the beacon being lit are the same event; the win itself settles the outcome, so it is no signpost.
    expect(best.map((b) => b.signpost).sort()).toEqual(['actors.b == "lit"', 'signal fired']);
    const signal = best.find((b) => b.signpost === 'signal fired');
    expect(signal?.seen).toBeCloseTo(0.5, 1);
    const won = signal?.outcomes.won;
    const lost = signal?.outcomes.lost;
    expect(won?.ci95[0]).toBeLessThan(4);
    expect(won?.ci95[1]).toBeGreaterThan(4);
    expect(won?.lr).toBeCloseTo(4, 0);
    expect(lost?.ci95[0]).toBeLessThan(0.25);
    expect(lost?.ci95[1]).toBeGreaterThan(0.25);
    expect(report.entropy).toBeCloseTo(1, 2);
    expect(signal?.value).toBeCloseTo(0.2781, 1);
    expect(Math.abs((signal?.value ?? 0) - 0.2781)).toBeLessThan(0.015);
  });

  it('should give no ratio below the minimum sample size, and a finite one when a cell is empty', () => {
    // Seen in only 15 runs: below the minimum of 30.
    expect(likelihoodRatio(10, 5, 500, 500)).toBeNull();
    const r = likelihoodRatio(100, 0, 100, 200);
    expect(r?.lr).toBeGreaterThan(100);
    expect(Number.isFinite(r?.ci95[1])).toBe(true);
    // By hand: 0.8 ÷ 0.2 = 4; log-scale s.e. √(1/80 − 1/100 + 1/20 − 1/100) = 0.2062, so 4·e^(±1.96·0.2062).
    const hand = likelihoodRatio(80, 20, 20, 80);
    expect(hand?.lr).toBe(4);
    expect(hand?.ci95[0]).toBeCloseTo(4 * Math.exp(-1.96 * Math.sqrt(0.0425)), 2);
    expect(hand?.ci95[1]).toBeCloseTo(4 * Math.exp(1.96 * Math.sqrt(0.0425)), 2);
  });

  it('should be the same for the same seed and differ for another', () => {
    const kernel = kernelOf('test/fixtures/valid/minimal.yaml');
    const a = signposts(kernel, { seed: 1, start: null, forces: [] }, 3000, 3);
    expect(signposts(kernel, { seed: 1, start: null, forces: [] }, 3000, 3)).toEqual(a);
    expect(signposts(kernel, { seed: 2, start: null, forces: [] }, 3000, 3)).not.toEqual(a);
  });
});
