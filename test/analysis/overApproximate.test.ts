// The over-approximation proves "never" only if every state a run reaches lies inside it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overApproximate } from '../../src/analysis/overApproximate.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { arbScenarioText } from '../arbitraries.js';
import { fixtureStepper, stepperFromText } from '../helpers.js';
import { propertyRuns, propertyTimeout } from '../propertyRuns.js';

const steps = fc.array(fc.oneof(fc.nat(20), fc.constant(-1)), { minLength: 5, maxLength: 40 });

describe('overApproximate', () => {
  const runs = propertyRuns(1000);
  it('should hold every indicator value, actor state, enabled trigger and decided outcome that a run reaches', { timeout: propertyTimeout(runs * 3) }, () => {
    fc.assert(
      fc.property(arbScenarioText, steps, (text, actions) => {
        const { ir } = stepperFromText(text);
        const kernel = createKernel(ir);
        const bound = overApproximate(ir);
        const k = kernel.newState();
        kernel.start(k);
        const inside = () => {
          ir.indicators.forEach((ind, i) => {
            const r = bound.indicators.get(ind.id);
            expect((k.ind[i] as number) >= (r?.lo as number) && (k.ind[i] as number) <= (r?.hi as number), ind.id).toBe(true);
          });
          ir.actors.forEach((a, i) => {
            expect(bound.leaves.get(a.id)?.has(kernel.leafNames[i]?.[k.actorState[i] as number] as string)).toBe(true);
          });
          if (k.outcome >= 0) expect(bound.outcomes.has(kernel.outcomeIds[k.outcome] as string)).toBe(true);
          if (k.ended && k.outcome < 0 && k.error === null) expect(bound.undecided).toBe(true);
        };
        inside();
        for (const a of actions) {
          if (k.ended) break;
          if (a < 0) kernel.advance(k);
          else {
            const t = a % ir.triggers.length;
            if (ir.triggers[t]?.kind === 'scheduled' || !kernel.enabled(k, t)) continue;
            expect(bound.enabled.has(kernel.triggerIds[t] as string)).toBe(true);
            kernel.fire(k, t);
          }
          inside();
        }
      }),
      { numRuns: runs },
    );
  });

  it('should prove the model fixture cannot lock the door, and reach a fixpoint', () => {
    const bound = overApproximate(fixtureStepper('model').ir);
    expect(bound.leaves.get('door')).toEqual(new Set(['closed', 'open', 'broken']));
    expect(bound.indicators.get('heat')).toMatchObject({ lo: 0, hi: 10 });
    expect([...bound.enabled].sort()).toEqual(['open_door', 'smash', 'warm']);
    expect([...bound.outcomes].sort()).toEqual(['burnt', 'fine']);
  });
});
