// First-order variance share of an output explained by one input, from given data: a bias-corrected correlation ratio with a jackknife error.

/** The share of `y`'s variance explained by `x` (ω², binned correlation ratio), and its jackknife standard error. */
export function varianceShare(x: readonly number[], y: readonly number[]): { share: number; se: number } {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (x[a] as number) - (x[b] as number) || a - b);
  const share = omegaSquared(order.map((i) => y[i] as number));
  if (n < 3) return { share, se: Number.NaN };
  const loo: number[] = [];
  for (let drop = 0; drop < n; drop++) loo.push(omegaSquared(order.filter((_, j) => j !== drop).map((i) => y[i] as number)));
  const mean = loo.reduce((a, b) => a + b, 0) / n;
  const se = Math.sqrt(((n - 1) / n) * loo.reduce((a, b) => a + (b - mean) ** 2, 0));
  return { share, se };
}

/** ω² of values already sorted by the input, split into √n groups of (nearly) equal size; 0 when `y` does not vary. */
function omegaSquared(sorted: readonly number[]): number {
  const n = sorted.length;
  const groups = Math.max(2, Math.floor(Math.sqrt(n)));
  if (n < groups * 2) return 0;
  const mean = sorted.reduce((a, b) => a + b, 0) / n;
  let between = 0;
  let within = 0;
  for (let g = 0; g < groups; g++) {
    const part = sorted.slice(Math.floor((g * n) / groups), Math.floor(((g + 1) * n) / groups));
    const m = part.reduce((a, b) => a + b, 0) / part.length;
    between += part.length * (m - mean) ** 2;
    for (const v of part) within += (v - m) ** 2;
  }
  const total = between + within;
  if (total <= 0) return 0;
  const msWithin = within / (n - groups);
  return Math.max(0, Math.min(1, (between - (groups - 1) * msWithin) / (total + msWithin)));
}
