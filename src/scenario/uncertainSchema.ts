// The written form of an uncertain value: a 90% interval `{low, high}` (with an optional `mean` or `dist`), or `{beta: [a, b]}` for a chance.
import { z } from 'zod';

/**
 * `{low, high}`: a 90% interval; `dist` picks the shape (beta for chances, uniform for numbers, unless said).
 * `mean` (chances only) pins the Beta's mean, which is then the central value: 90% of the mass lies in [low, high].
 */
export const rangeSchema = z.strictObject({
  low: z.number(),
  high: z.number(),
  mean: z.number().optional(),
  dist: z.enum(['beta', 'uniform', 'normal']).optional(),
});

/** `{beta: [a, b]}`: a Beta(a, b) distribution, for chances only. */
export const betaSchema = z.strictObject({
  beta: z.tuple([z.number().positive(), z.number().positive()]),
});

/** An uncertain value as written. */
export const uncertainSchema = z.union([rangeSchema, betaSchema]);

export type Uncertain = z.infer<typeof uncertainSchema>;

/** True for a value written as a range rather than a number or an expression. */
export function isUncertain(x: unknown): x is Uncertain {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && ('low' in x || 'high' in x || 'beta' in x);
}
