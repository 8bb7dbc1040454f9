// The shape of an exercise file: a teaching exercise run on a scenario.
import { z } from 'zod';
import { textSchema } from './scenarioSchema.js';

const id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'ids are snake_case: lowercase letters, digits and "_", starting with a letter');
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'dates are months written YYYY-MM, e.g. 2025-09');

/** An exercise file. */
export const exerciseSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'exercise ids are lowercase, e.g. harir-countdown'),
  scenario: z.string().min(1),
  title: textSchema,
  duration: z.string().optional(),
  objectives: z.array(textSchema).min(1),
  briefing: textSchema,
  months: z
    .enum(['scripted', 'rolled'])
    .default('scripted')
    .describe(
      "What happens between injects when a month ends. scripted: nothing by chance, only the injects, the scheduled triggers and what the roles and the facilitator do. rolled: each month is also rolled as in `play` (exogenous triggers by their chance, at most one move by each actor that no role plays). The model's odds simulate the same rule.",
    ),
  roles: z.record(
    id,
    z.strictObject({
      label: textSchema,
      actors: z.array(id).min(1),
      briefing: textSchema,
    }),
  ),
  injects: z
    .array(
      z.strictObject({
        id,
        at: month,
        title: textSchema,
        narrative: textSchema,
        fire: id.optional(),
        sources: z.array(z.string()).optional(),
        question: z.strictObject({ role: id, text: textSchema }).optional(),
      }),
    )
    .default([]),
  predictions: z.array(z.strictObject({ id, at: month, prompt: textSchema })).default([]),
  decisions: z
    .array(
      z.strictObject({
        id,
        at: month,
        role: id,
        prompt: textSchema,
        options: z.array(id).min(1),
      }),
    )
    .default([]),
});

export type Exercise = z.infer<typeof exerciseSchema>;
