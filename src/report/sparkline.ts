// A sparkline of probabilities: one block per value, on a fixed 0–100% scale so that lines compare.

const BLOCKS = '▁▂▃▄▅▆▇█';

/** One character per value in [0, 1]. */
export function sparkline(values: readonly number[]): string {
  return values.map((v) => BLOCKS[Math.min(7, Math.max(0, Math.floor(v * 8)))] as string).join('');
}
