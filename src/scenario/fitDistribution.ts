// An uncertain value as a distribution: a Beta fitted to a chance's 90% interval, or a uniform or normal number, clamped to bounds.
import jstat from 'jstat';
import type { Uncertain } from './uncertainSchema.js';

const { beta, normal } = jstat.jStat;

/** A fitted distribution: its shape, parameters, the central value used without --uncertainty, and its 90% interval. */
export type Distribution = {
  readonly dist: 'beta' | 'uniform' | 'normal';
  /** beta: a, b; uniform: low, high; normal: mean, standard deviation. */
  readonly params: readonly [number, number];
  /** Bounds every draw is clamped to. */
  readonly min: number;
  readonly max: number;
  /** The mean (clamped to the bounds): the value every command uses unless asked for uncertainty. */
  readonly central: number;
  /** The 5% and 95% quantiles. */
  readonly low: number;
  readonly high: number;
};

/** Where a value may lie: a chance in 0..1, an initial value in its indicator's bounds, an effect size in a derived span. */
export type Bounds = { readonly min: number; readonly max: number; readonly isChance: boolean };

const Z95 = 1.6448536269514722;
const clamp = (x: number, b: { min: number; max: number }) => Math.min(b.max, Math.max(b.min, x));

/** The problem with a written range, with a hint, or null when it can be fitted. */
export function rangeProblem(u: Uncertain, b: Bounds): { code: string; message: string; hint: string } | null {
  if ('beta' in u) return b.isChance ? null : { code: 'range-kind', message: 'a Beta distribution is for chances only', hint: 'write {low, high} here' };
  if (u.low > u.high) return { code: 'range-order', message: `low (${u.low}) is above high (${u.high})`, hint: 'swap low and high' };
  if (u.mean !== undefined && (!b.isChance || (u.dist ?? 'beta') !== 'beta'))
    return { code: 'range-kind', message: 'mean is for chances (a Beta)', hint: 'drop mean: a uniform or normal range is centred on its midpoint' };
  if (u.mean !== undefined && !(u.low < u.mean && u.mean < u.high))
    return {
      code: 'range-order',
      message: `mean (${u.mean}) must lie strictly between low (${u.low}) and high (${u.high})`,
      hint: 'widen the range or move the mean',
    };
  if (u.dist === 'beta' && !b.isChance) return { code: 'range-kind', message: 'dist: beta is for chances only', hint: 'use dist: uniform or dist: normal' };
  if (u.low < b.min || u.high > b.max) {
    return b.isChance
      ? { code: 'chance-range', message: `a chance range must lie within 0..1; this one is ${u.low}..${u.high}`, hint: 'write e.g. {low: 0.02, high: 0.08}' }
      : { code: 'bounds', message: `the range ${u.low}..${u.high} is outside ${b.min}..${b.max}`, hint: `keep low and high within ${b.min}..${b.max}` };
  }
  if (b.isChance && (u.dist ?? 'beta') === 'beta' && u.low < u.high && (u.mean === undefined ? u.low <= 0 || u.high >= 1 : u.low <= 0 && u.high >= 1)) {
    const message = 'a Beta fitted to a 90% interval needs 0 < low < high < 1';
    return { code: 'chance-range', message, hint: 'write {beta: [a, b]} for a chance that can be near 0 or 1, or add dist: uniform' };
  }
  return null;
}

const fitted = new Map<string, Distribution>();

/** Fits a range that passed `rangeProblem` (remembered, as fitting a Beta takes a few milliseconds). */
export function fitDistribution(u: Uncertain, b: Bounds): Distribution {
  const key = JSON.stringify([u, b.min, b.max, b.isChance]);
  let d = fitted.get(key);
  if (!d) {
    d = fitOnce(u, b);
    fitted.set(key, d);
  }
  return d;
}

function fitOnce(u: Uncertain, b: Bounds): Distribution {
  const make = (dist: Distribution['dist'], params: [number, number], mean: number): Distribution => {
    const d = { dist, params, min: b.min, max: b.max, central: clamp(mean, b), low: 0, high: 0 };
    return { ...d, low: quantileOf(d, 0.05), high: quantileOf(d, 0.95) };
  };
  if ('beta' in u) return make('beta', u.beta, u.beta[0] / (u.beta[0] + u.beta[1]));
  const mid = (u.low + u.high) / 2;
  if (u.low === u.high) return make('uniform', [u.low, u.high], u.low);
  const dist = u.dist ?? (b.isChance ? 'beta' : 'uniform');
  if (dist === 'uniform') return make('uniform', [u.low, u.high], mid);
  if (dist === 'normal') return make('normal', [mid, (u.high - u.low) / (2 * Z95)], mid);
  if (u.mean !== undefined) return make('beta', fitBetaWithMean(u.low, u.high, u.mean), u.mean);
  const [a, c] = fitBeta(u.low, u.high);
  return make('beta', [a, c], a / (a + c));
}

/** The value at cumulative probability `p` (0 < p < 1), clamped to the bounds. */
export function quantileOf(d: Omit<Distribution, 'low' | 'high'>, p: number): number {
  const [x, y] = d.params;
  if (d.dist === 'uniform') return clamp(x + p * (y - x), d);
  if (d.dist === 'normal') return clamp(y > 0 ? normal.inv(p, x, y) : x, d);
  return clamp(beta.inv(p, x, y), d);
}

/**
 * Beta(m·s, (1−m)·s) with 90% of its mass in [low, high] (tails may differ): bisection on the concentration s, which is at
 * least what keeps both shapes ≥ 1 (no mass piled at 0 or 1); when even that keeps more than 90% inside, it is the answer.
 */
function fitBetaWithMean(low: number, high: number, m: number): [number, number] {
  const outside = (s: number) => beta.cdf(low, m * s, (1 - m) * s) + 1 - beta.cdf(high, m * s, (1 - m) * s);
  const least = Math.max(1 / m, 1 / (1 - m));
  if (outside(least) <= 0.1) return [m * least, (1 - m) * least];
  let lo = Math.log(least);
  let hi = Math.log(1e8);
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (outside(Math.exp(mid)) > 0.1) lo = mid;
    else hi = mid;
  }
  const s = Math.exp((lo + hi) / 2);
  return [m * s, (1 - m) * s];
}

/** Beta(a, b) whose 5% and 95% quantiles are `low` and `high`: bisection on the concentration, then on the mean. */
function fitBeta(low: number, high: number): [number, number] {
  const meanFor = (s: number) => {
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 60; i++) {
      const m = (lo + hi) / 2;
      if (beta.cdf(low, m * s, (1 - m) * s) > 0.05) lo = m;
      else hi = m;
    }
    return (lo + hi) / 2;
  };
  let lo = Math.log(1e-3);
  let hi = Math.log(1e8);
  for (let i = 0; i < 60; i++) {
    const s = Math.exp((lo + hi) / 2);
    const m = meanFor(s);
    if (1 - beta.cdf(high, m * s, (1 - m) * s) > 0.05) lo = Math.log(s);
    else hi = Math.log(s);
  }
  const s = Math.exp((lo + hi) / 2);
  const m = meanFor(s);
  return [m * s, (1 - m) * s];
}
