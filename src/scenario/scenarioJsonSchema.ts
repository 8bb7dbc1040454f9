// The JSON Schema of scenario files, generated from the zod schema, for editors.
import { z } from 'zod';
import { exerciseSchema } from './exerciseSchema.js';
import { scenarioSchema } from './scenarioSchema.js';

/** The JSON Schema document for scenario files. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'statecraft scenario',
    description: 'A statecraft scenario file: actors, indicators, triggers, outcomes and invariants. See docs/scenario-format.md.',
  };
}

/** The JSON Schema document for exercise files. */
export function exerciseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(exerciseSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'statecraft exercise',
    description: 'A teaching exercise on a statecraft scenario: roles, injects, predictions and decisions. See docs/exercise-format.md.',
  };
}
