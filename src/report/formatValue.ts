// Number formatting shared by every report: short, stable, and without float noise.

/** `55`, `0.35`, `2500`; at most two decimals. */
export function formatValue(v: number | string): string {
  if (typeof v === 'string') return `"${v}"`;
  if (Number.isInteger(v)) return String(v);
  return String(Math.round(v * 100) / 100);
}

/** `+5`, `-2.5`, `±0`. */
export function formatDelta(d: number): string {
  if (d === 0) return '±0';
  return `${d > 0 ? '+' : ''}${formatValue(d)}`;
}
