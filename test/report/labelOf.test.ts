// One place for the labels of actors, indicators, triggers and outcomes.
import { describe, expect, it } from 'vitest';
import { labelOf } from '../../src/report/labelOf.js';
import { fixtureStepper, shippedStepper } from '../helpers.js';

describe('labelOf', () => {
  const { ir } = shippedStepper('iraq-coalition');

  it('should give the label in the language asked, else English', () => {
    expect(labelOf(ir, 'trigger', 'isis_resurgence', 'ar')).toBe('عودة نشاط داعش في غرب العراق');
    expect(labelOf(ir, 'trigger', 'isis_resurgence', 'fr')).toBe('ISIS resurgence in western Iraq');
    expect(labelOf(ir, 'outcome', 'full_exit', 'ar')).toBe('انسحاب كامل');
  });

  it('should read each kind from its own table, and undecided as an outcome', () => {
    expect(labelOf(ir, 'actor', 'krg')).toBe('Kurdistan Regional Government (Barzani)');
    expect(labelOf(ir, 'indicator', 'us_troops', 'ar')).toBe('القوات الأمريكية في العراق');
    expect(labelOf(ir, 'outcome', 'undecided')).toMatch(/^Cannot happen in this scenario/);
  });

  it('should fall back to the id where there is no label', () => {
    expect(labelOf(ir, 'trigger', 'no_such_trigger')).toBe('no_such_trigger');
    expect(labelOf(fixtureStepper('minimal').ir, 'outcome', 'undecided')).toBe('undecided');
  });
});
