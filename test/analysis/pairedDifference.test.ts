import { describe, expect, it } from 'vitest';
import { independentInterval, pairedDifference, pairedProportion } from '../../src/analysis/pairedDifference.js';

describe('pairedProportion', () => {
  it('should give the Agresti–Min interval: 0.5 added to each cell of the paired table', () => {
    // 100 pairs, 12 where only B happened, 4 where only A did: d = (12.5 − 4.5)/102, d ± 1.96·√((17/102 − d²)/102).
    const { delta, ci95 } = pairedProportion(100, 4, 12);
    expect(delta).toBeCloseTo(0.08, 10);
    expect(ci95[0]).toBeCloseTo(0.0004, 3);
    expect(ci95[1]).toBeCloseTo(0.1565, 3);
  });

  it('should keep a positive width when no pair differs, so identical runs never claim certainty', () => {
    const { delta, ci95 } = pairedProportion(2000, 0, 0);
    expect(delta).toBe(0);
    expect(ci95[0]).toBeLessThan(0);
    expect(ci95[1]).toBeGreaterThan(0);
    expect(ci95[1]).toBeLessThan(0.002);
  });
});

describe('pairedDifference', () => {
  it('should count the pairs that carry each outcome difference', () => {
    const a = Uint8Array.from([0, 0, 1, 1, 2, 3]);
    const b = Uint8Array.from([0, 1, 1, 2, 2, 0]);
    const d = pairedDifference(a, b, 3);
    expect(d.map((x) => [x.onlyA, x.onlyB])).toEqual([
      [1, 1],
      [1, 1],
      [0, 1],
    ]);
    expect(d[2]?.pB).toBeCloseTo(2 / 6, 10);
    expect(d[2]?.delta).toBeCloseTo(1 / 6, 10);
  });

  it('should be narrower than independent batches when the variants agree on most runs', () => {
    const a = new Uint8Array(4000).map((_, i) => (i % 3 === 0 ? 0 : 1));
    const b = a.map((x, i) => (i % 50 === 1 ? 0 : x));
    const [first] = pairedDifference(a, b, 2);
    const independent = independentInterval(4000, a.filter((x) => x === 0).length, b.filter((x) => x === 0).length);
    expect((first?.ci95[1] ?? 1) - (first?.ci95[0] ?? 0)).toBeLessThan((independent[1] - independent[0]) / 3);
    expect(first?.excludesZero).toBe(true);
  });
});
