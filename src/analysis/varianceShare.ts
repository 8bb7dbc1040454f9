// First-order variance share of an output explained by one input, from given data: a bias-corrected correlation ratio with a jackknife error.

/** The share of `y`'s variance explained by `x` (ω² over √n groups of nearly equal size by `x`), and its jackknife standard error. */
export function varianceShare(x: readonly number[], y: readonly number[]): { share: number; se: number } {
  const n = x.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (x[a] as number) - (x[b] as number) || a - b);
  const count = Math.max(2, Math.floor(Math.sqrt(n)));
  const groups = Array.from({ length: count }, (_, g) =>
    order.slice(Math.floor((g * n) / count), Math.floor(((g + 1) * n) / count)).map((i) => y[i] as number),
  );
  const share = omegaSquared(groups);
  if (n < 3) return { share, se: Number.NaN };
  // Leave one out of its group; the groups themselves stay as they are.
  const loo: number[] = [];
  groups.forEach((group, g) => {
    for (let j = 0; j < group.length; j++) loo.push(omegaSquared(groups.map((other, h) => (h === g ? other.filter((_, i) => i !== j) : other))));
  });
  const mean = loo.reduce((a, b) => a + b, 0) / n;
  const se = Math.sqrt(((n - 1) / n) * loo.reduce((a, b) => a + (b - mean) ** 2, 0));
  return { share, se };
}

/** ω² of groups of values: the between-group share of the variance, corrected for the groups' own noise; 0 when nothing varies. */
function omegaSquared(groups: readonly (readonly number[])[]): number {
  const n = groups.reduce((a, g) => a + g.length, 0);
  if (n < groups.length * 2) return 0;
  const mean = groups.reduce((a, g) => a + g.reduce((s, v) => s + v, 0), 0) / n;
  let between = 0;
  let within = 0;
  for (const part of groups) {
    if (part.length === 0) continue;
    const m = part.reduce((a, b) => a + b, 0) / part.length;
    between += part.length * (m - mean) ** 2;
    for (const v of part) within += (v - m) ** 2;
  }
  const total = between + within;
  if (total <= 0) return 0;
  const msWithin = within / (n - groups.length);
  return Math.max(0, Math.min(1, (between - (groups.length - 1) * msWithin) / (total + msWithin)));
}
