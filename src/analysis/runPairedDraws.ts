// Compare under uncertainty: for each parameter draw, A and B play the same runs (common random numbers), counted pair by pair.
import { drawPairedParameters } from './drawPairedParameters.js';
import { type BatchSpec, runBatch } from './runBatch.js';
import type { SlottedKernel } from './runNestedBatch.js';

/** One parameter draw of a comparison: per outcome, the runs of A and of B ending in it, and the runs where only A or only B did. */
export type PairedDraw = {
  readonly k: number;
  /** The quantile each parameter was drawn at: A's parameters in order, then those only B declares. */
  readonly u: readonly number[];
  readonly countsA: readonly number[];
  readonly countsB: readonly number[];
  readonly onlyA: readonly number[];
  readonly onlyB: readonly number[];
};

/** A variant to compare: its kernel with parameter slots, and its batch spec (the seed is A's for both). */
export type PairedSide = { readonly slotted: SlottedKernel; readonly spec: BatchSpec };

/** Draws `from` (inclusive) to `to` (exclusive) of `perDraw` runs each; run j of draw k is run k·N + j in A and in B. The same for any split. */
export function runPairedDraws(a: PairedSide, b: PairedSide, perDraw: number, from: number, to: number): PairedDraw[] {
  const outcomes = a.slotted.kernel.outcomeIds.length;
  const outA = new Uint8Array(perDraw);
  const outB = new Uint8Array(perDraw);
  const draws: PairedDraw[] = [];
  for (let k = from; k < to; k++) {
    const values = drawPairedParameters(a.slotted.kernel.ir, b.slotted.kernel.ir, a.spec.seed, k);
    a.slotted.slots.set(values.a);
    runBatch(a.slotted.kernel, a.spec, k * perDraw, (k + 1) * perDraw, undefined, outA);
    b.slotted.slots.set(values.b);
    runBatch(b.slotted.kernel, { ...b.spec, seed: a.spec.seed }, k * perDraw, (k + 1) * perDraw, undefined, outB);
    const countsA = new Array<number>(outcomes).fill(0);
    const countsB = new Array<number>(outcomes).fill(0);
    const onlyA = new Array<number>(outcomes).fill(0);
    const onlyB = new Array<number>(outcomes).fill(0);
    for (let i = 0; i < perDraw; i++) {
      const x = outA[i] as number;
      const y = outB[i] as number;
      if (x < outcomes) countsA[x] = (countsA[x] as number) + 1;
      if (y < outcomes) countsB[y] = (countsB[y] as number) + 1;
      if (x === y) continue;
      if (x < outcomes) onlyA[x] = (onlyA[x] as number) + 1;
      if (y < outcomes) onlyB[y] = (onlyB[y] as number) + 1;
    }
    draws.push({ k, u: values.u, countsA, countsB, onlyA, onlyB });
  }
  return draws;
}
