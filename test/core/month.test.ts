import { describe, expect, it } from 'vitest';
import { formatMonth, formatMonthLong, parseMonth } from '../../src/core/month.js';

describe('months', () => {
  it('should print years below 1000 with four digits, so they read back', () => {
    const may83 = parseMonth('0083-05') as number;
    expect(formatMonth(may83)).toBe('0083-05');
    expect(formatMonthLong(may83)).toBe('May 0083');
    expect(parseMonth(formatMonth(may83))).toBe(may83);
  });
});
