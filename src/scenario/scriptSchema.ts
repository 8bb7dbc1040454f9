// The shape of a run script: steps to play and expectations to check.
import { z } from 'zod';

const range = z.union([z.number(), z.tuple([z.number(), z.number()]), z.strictObject({ min: z.number().optional(), max: z.number().optional() })]);

/** What a script expects of the world at a point: outcome, actor states, indicator ranges, date. */
export const expectSchema = z.strictObject({
  outcome: z.string().optional(),
  date: z.string().optional(),
  actors: z.record(z.string(), z.string()).optional(),
  indicators: z.record(z.string(), range).optional(),
});

const step = z.union([
  z.string().min(1),
  z.strictObject({ advance: z.number().int().min(1).max(1000) }),
  z.strictObject({ roll: z.number().int().min(1).max(1000) }),
  z.strictObject({ fire: z.string().min(1) }),
  z.strictObject({ expect: expectSchema }),
]);

/** A run script file. */
export const scriptSchema = z.strictObject({
  scenario: z.string().optional(),
  title: z.string().optional(),
  seed: z.number().int().optional(),
  steps: z.array(step).default([]),
  expect: expectSchema.optional(),
});

export type Expectation = z.infer<typeof expectSchema>;
export type ScriptFile = z.infer<typeof scriptSchema>;
