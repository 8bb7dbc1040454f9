// Scenario text with every constant chance widened to a range ×[1/f, f] of its value: for benches and worked examples.

/** Rewrites each line `chance: <number>` as `chance: { low: c/f, high: min(f·c, 0.95) }`; expressions are left alone. */
export function withChanceRanges(text: string, factor = 2): string {
  return text.replace(/^(\s+)chance: ([0-9.]+)\s*$/gm, (_, indent: string, value: string) => {
    const c = Number(value);
    const round = (x: number) => Math.round(x * 1e4) / 1e4;
    return `${indent}chance: { low: ${round(c / factor)}, high: ${round(Math.min(c * factor, 0.95))} }`;
  });
}
