// Shared printing for bench figures.

/** The median of some numbers. */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** One figure with its target and the ratio measured / target. */
export function row(name: string, value: string, target: string, ratio: number): void {
  console.log(`${name.padEnd(44)} ${value.padStart(12)}   target ${target.padEnd(10)} ${ratio <= 1 ? 'ok' : 'MISSED'} (${ratio.toFixed(2)}× of target)`);
}
