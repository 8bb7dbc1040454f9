// The partitioned over-approximation proves invariants only if every state a run reaches lies inside one of its cells.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overApproximate } from '../../src/analysis/overApproximate.js';
import { partitionBound } from '../../src/analysis/partitionBound.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { arbScenarioText } from '../arbitraries.js';
import { fixtureStepper, shippedStepper, stepperFromText, tiny } from '../helpers.js';
import { propertyRuns, propertyTimeout } from '../propertyRuns.js';

const steps = fc.array(fc.oneof(fc.nat(20), fc.constant(-1)), { minLength: 5, maxLength: 40 });

describe('partitionBound', () => {
  const runs = propertyRuns(1000);
  it('should hold every state a run reaches in one of its cells', { timeout: propertyTimeout(runs * 5) }, () => {
    let tried = 0;
    fc.assert(
      fc.property(arbScenarioText, steps, (text, actions) => {
        const { ir } = stepperFromText(text);
        const kernel = createKernel(ir);
        const partition = partitionBound(kernel, overApproximate(ir), null);
        if (!partition) return;
        tried++;
        const k = kernel.newState();
        kernel.start(k);
        expect(partition.contains(k)).toBe(true);
        for (const a of actions) {
          if (k.ended) break;
          if (a < 0) kernel.advance(k);
          else {
            const t = a % ir.triggers.length;
            if (ir.triggers[t]?.kind === 'scheduled' || !kernel.enabled(k, t)) continue;
            kernel.fire(k, t);
          }
          expect(partition.contains(k), JSON.stringify(kernel.toWorld(k))).toBe(true);
          if (kernel.firstViolation(k) >= 0) expect(partition.invariants[kernel.firstViolation(k)]).toBe(false);
        }
      }),
      { numRuns: runs },
    );
    expect(tried).toBeGreaterThan(runs / 2);
  });

  it("should prove the shipped scenario's invariants, correlating the guards and effects that read the same values", () => {
    const kernel = createKernel(shippedStepper('iraq-coalition').ir);
    const partition = partitionBound(kernel, overApproximate(kernel.ir), null);
    expect(partition?.invariants).toEqual(kernel.invariantIds.map(() => true));
  });

  it('should keep the states where a scheduled trigger is passed over because its precondition fails', () => {
    const { ir } = stepperFromText(
      tiny({
        clock: { start: '2025-01', end: '2025-03', schedule: [{ at: '2025-01', trigger: 'deadline' }] },
        triggers: {
          deadline: { kind: 'scheduled', label: 'Deadline', when: 'indicators.x > 8.0', transitions: [{ actor: 'a', to: 's1' }] },
          t: { kind: 'exogenous', label: 'T', effects: { x: { add: 1 } } },
        },
        invariants: { small: 'indicators.x <= 10.0' },
      }),
    );
    const kernel = createKernel(ir);
    const partition = partitionBound(kernel, overApproximate(ir), null);
    const k = kernel.newState();
    kernel.start(k);
    kernel.advance(k);
    expect(kernel.toWorld(k).actors.a).toBe('s0');
    expect(partition?.contains(k)).toBe(true);
  });

  it('should not prove an invariant that a run breaks', () => {
    const kernel = createKernel(fixtureStepper('model').ir);
    expect(partitionBound(kernel, overApproximate(kernel.ir), null)?.invariants).toEqual([false]);
  });
});
