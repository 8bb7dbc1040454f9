// What the over-approximation proves about evaluation errors and invariants.
import { describe, expect, it } from 'vitest';
import { mayFailSomewhere, provenInvariants } from '../../src/analysis/boundProofs.js';
import { checkModel } from '../../src/analysis/checkModel.js';
import { overApproximate } from '../../src/analysis/overApproximate.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { shippedStepper, stepperFromText, tiny } from '../helpers.js';

describe('mayFailSomewhere', () => {
  it('should prove that no evaluation error stops a run of the shipped scenario', () => {
    const { ir } = shippedStepper('iraq-coalition');
    expect(mayFailSomewhere(ir, overApproximate(ir))).toBe(false);
  });

  it('should count a precondition that never holds but fails, and check should then find the dead end', () => {
    const { ir } = stepperFromText(tiny({ triggers: { t: { kind: 'exogenous', label: 'T', when: '(1/(month-month)) > 0' } } }));
    expect(mayFailSomewhere(ir, overApproximate(ir))).toBe(true);
    const r = checkModel(createKernel(ir), { buckets: 'auto', maxStates: 1_000, start: null });
    expect(r.questions.find((a) => a.kind === 'error')).toMatchObject({ status: 'found', steps: [] });
    expect(r.findings.find((f) => f.code === 'dead-end')).toMatchObject({ severity: 'error', grounds: 'witness' });
  });
});

describe('provenInvariants', () => {
  it("should prove invariants over the indicators' ranges and the actors' sets of states", () => {
    const { ir } = stepperFromText(
      tiny({
        triggers: { t: { kind: 'exogenous', label: 'T', effects: { x: { add: 1 } }, transitions: [{ actor: 'a', to: 's1' }] } },
        invariants: { bounded: 'indicators.x <= 10.0', related: 'actors.a != "s2" || indicators.x > 100.0' },
      }),
    );
    expect(provenInvariants(ir, overApproximate(ir))).toEqual([true, true]);
  });
});
