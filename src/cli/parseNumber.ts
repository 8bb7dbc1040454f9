// Parses numeric command-line options with a clear usage error.
import { UsageError } from '../core/errors.js';

/** Parses an integer option within bounds. */
export function parseInteger(name: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^-?\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${name} must be a whole number from ${min} to ${max}, not "${text}"`, `e.g. ${name} ${Math.max(min, 1)}`);
  }
  return n;
}
