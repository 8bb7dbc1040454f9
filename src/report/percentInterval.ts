// A share with its 95% interval in one short cell, for tables too narrow for two columns.

const tenths = (p: number) => (p * 100).toFixed(1);

/** `65.9% (55.6–75.0)`: the share and its 95% interval, in percent with one decimal. */
export function percentInterval(p: number, ci95: readonly [number, number]): string {
  return `${tenths(p)}% (${tenths(ci95[0])}–${tenths(ci95[1])})`;
}
