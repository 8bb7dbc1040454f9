// Text charts for indicators: a bar within bounds and a sparkline of recent values.

const BLOCKS = '▁▂▃▄▅▆▇█';

/** A bar of `width` cells filled in proportion to where `value` sits in [min, max]. */
export function bar(value: number, min: number, max: number, width: number): string {
  const share = max > min ? (value - min) / (max - min) : 0;
  const filled = Math.round(Math.max(0, Math.min(1, share)) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

/** A sparkline of the last `width` values, scaled to the indicator's bounds. */
export function sparkline(values: readonly number[], min: number, max: number, width: number): string {
  const shown = values.slice(-width);
  const line = shown
    .map((v) => {
      const share = max > min ? (v - min) / (max - min) : 0;
      return BLOCKS[Math.max(0, Math.min(BLOCKS.length - 1, Math.round(share * (BLOCKS.length - 1))))];
    })
    .join('');
  return line.padStart(width, ' ');
}
