import { describe, expect, it } from 'vitest';
import { fitNumber, widestNumbers } from '../../src/tui/fitNumber.js';

describe('fitNumber', () => {
  it('should drop decimals, then go compact, to fit the cells, rounding rather than cutting', () => {
    expect(fitNumber(20.44, 6, true)).toBe('+20.44');
    expect(fitNumber(20.44, 5, true)).toBe('+20.4');
    expect(fitNumber(-100, 5)).toBe('-100');
    expect(fitNumber(12345.67, 5)).toBe('12346');
    expect(fitNumber(-12345.67, 5, true)).toBe('-12K');
    expect(fitNumber(0, 3, true)).toBe('±0');
    expect(fitNumber(-0.001, 5, true)).toBe('-0');
  });

  it('should size the columns from the bounds', () => {
    expect(widestNumbers(0, 100)).toEqual({ value: 5, change: 6 });
    expect(widestNumbers(0, 5000)).toEqual({ value: 7, change: 8 });
    expect(widestNumbers(0, 1)).toEqual({ value: 4, change: 5 });
  });
});
