// Paired differences of outcome probabilities between two variants played on the same per-run random streams.
import { wilson } from './wilson.js';

const Z95 = 1.959963984540054;

/** One outcome in a paired comparison: P(A), P(B), B − A with its paired 95% interval. */
export type PairedOutcome = {
  readonly pA: number;
  readonly pB: number;
  readonly ciA: readonly [number, number];
  readonly ciB: readonly [number, number];
  /** P(B) − P(A). */
  readonly delta: number;
  readonly ci95: readonly [number, number];
  /** Whether the interval leaves out 0: the difference is more than Monte Carlo noise. */
  readonly excludesZero: boolean;
  /** Runs where only A, or only B, ended in this outcome (the pairs that carry the difference). */
  readonly onlyA: number;
  readonly onlyB: number;
};

/**
 * The difference of two proportions measured on the same runs, with the Agresti–Min interval
 * (0.5 added to each cell of the paired 2×2 table), which keeps its 95% coverage when few runs differ.
 */
export function pairedProportion(n: number, onlyA: number, onlyB: number): { delta: number; ci95: [number, number] } {
  if (n === 0) return { delta: 0, ci95: [-1, 1] };
  const m = n + 2;
  const pa = (onlyA + 0.5) / m;
  const pb = (onlyB + 0.5) / m;
  const d = pb - pa;
  const half = Z95 * Math.sqrt(Math.max(0, pa + pb - d * d) / m);
  return { delta: (onlyB - onlyA) / n, ci95: [Math.max(-1, d - half), Math.min(1, d + half)] };
}

/** Per outcome index (as in a batch aggregate), the paired comparison of run-by-run outcomes `a` and `b`. */
export function pairedDifference(a: Uint8Array, b: Uint8Array, outcomes: number): PairedOutcome[] {
  if (a.length !== b.length) throw new Error(`pairedDifference: ${a.length} runs against ${b.length}`);
  const n = a.length;
  const countA = new Array(outcomes).fill(0);
  const countB = new Array(outcomes).fill(0);
  const onlyA = new Array(outcomes).fill(0);
  const onlyB = new Array(outcomes).fill(0);
  for (let i = 0; i < n; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    if (x < outcomes) countA[x]++;
    if (y < outcomes) countB[y]++;
    if (x === y) continue;
    if (x < outcomes) onlyA[x]++;
    if (y < outcomes) onlyB[y]++;
  }
  return Array.from({ length: outcomes }, (_, o) => {
    const { delta, ci95 } = pairedProportion(n, onlyA[o], onlyB[o]);
    return {
      pA: n ? countA[o] / n : 0,
      pB: n ? countB[o] / n : 0,
      ciA: wilson(countA[o], n),
      ciB: wilson(countB[o], n),
      delta,
      ci95,
      excludesZero: ci95[0] > 0 || ci95[1] < 0,
      onlyA: onlyA[o],
      onlyB: onlyB[o],
    };
  });
}

/** The 95% interval of P(B) − P(A) had A and B been two independent batches of `n` runs each (for comparison). */
export function independentInterval(n: number, countA: number, countB: number): [number, number] {
  const pa = countA / n;
  const pb = countB / n;
  const half = Z95 * Math.sqrt((pa * (1 - pa) + pb * (1 - pb)) / n);
  return [pb - pa - half, pb - pa + half];
}
