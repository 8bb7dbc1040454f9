// The Wilson score interval: a 95% confidence interval for a proportion that behaves at 0 and 1.

/** 95% Wilson interval for `count` successes in `n` trials, as [low, high]. */
export function wilson(count: number, n: number, z = 1.959963984540054): [number, number] {
  if (n === 0) return [0, 1];
  const p = count / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
