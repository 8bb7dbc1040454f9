// The JSON Schema of scenario files, generated from the zod schema, for editors.
import { z } from 'zod';
import { scenarioSchema } from './scenarioSchema.js';

/** The JSON Schema document for scenario files. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'statecraft scenario',
    description: 'A statecraft scenario file: actors, indicators, triggers, outcomes and invariants. See docs/scenario-format.md.',
  };
}
