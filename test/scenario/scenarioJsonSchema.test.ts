import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exerciseJsonSchema, scenarioJsonSchema } from '../../src/scenario/scenarioJsonSchema.js';

describe('scenarioJsonSchema', () => {
  it('should match the committed schema/scenario.schema.json that editors use', () => {
    const committed = JSON.parse(readFileSync('schema/scenario.schema.json', 'utf8'));
    expect(committed, 'run: npx statecraft schema > schema/scenario.schema.json').toEqual(scenarioJsonSchema());
  });

  it('should match the committed schema/exercise.schema.json', () => {
    const committed = JSON.parse(readFileSync('schema/exercise.schema.json', 'utf8'));
    expect(committed, 'run: npx statecraft schema exercise > schema/exercise.schema.json').toEqual(exerciseJsonSchema());
  });

  it('should describe triggers with their kinds and reject unknown fields', () => {
    const schema = scenarioJsonSchema() as {
      properties: Record<string, { additionalProperties?: { properties?: Record<string, { enum?: string[] }>; additionalProperties?: boolean } }>;
    };
    const trigger = schema.properties.triggers?.additionalProperties;
    expect(trigger?.properties?.kind?.enum).toEqual(['exogenous', 'move', 'scheduled']);
    expect(trigger?.additionalProperties).toBe(false);
  });
});
