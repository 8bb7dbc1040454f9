// Shared printing for bench figures.

/** The median of some numbers. */
export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * One figure with its target; `ratio` is cost over allowance (≤ 1 meets the target): measured ÷ target for a ceiling
 * (`≤ 2 s`), target ÷ measured for a floor (`≥ 75%`). Printed as how the figure stands against its target.
 */
export function row(name: string, value: string, target: string, ratio: number): void {
  const floor = target.startsWith('≥');
  const against = floor ? `${(1 / ratio).toFixed(2)}× the floor` : `${ratio.toFixed(2)}× the ceiling`;
  console.log(`${name.padEnd(44)} ${value.padStart(12)}   target ${target.padEnd(10)} ${ratio <= 1 ? 'ok' : 'MISSED'} (${against})`);
}
