// Keeps the hand-written bench reducer identical to the kernel, so the bench compares like with like.
import { readFileSync } from 'node:fs';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { handRollMonth, newHandState } from '../../bench/fixtures/handReducer.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { seedRun } from '../../src/engine/rng.js';
import { stepperFromText } from '../helpers.js';

describe('the hand-written bench reducer', () => {
  it('should play every run exactly like the kernel, month by month', () => {
    const stepper = stepperFromText(readFileSync('bench/fixtures/bench.yaml', 'utf8'), 'bench/fixtures/bench.yaml');
    const kernel = createKernel(stepper.ir);
    const outcomes = new Set<number>();
    for (let run = 0; run < 3000; run++) {
      const k = kernel.newState();
      kernel.start(k);
      const h = newHandState();
      const rk = xoroshiro128plusFromState(seedRun(1, run));
      const rh = xoroshiro128plusFromState(seedRun(1, run));
      while (!k.ended) {
        kernel.rollMonth(k, rk);
        handRollMonth(h, rh);
        expect([...h.ind, ...h.act, h.month, h.ended, h.outcome]).toEqual([...k.ind, ...k.actorState, k.month, k.ended, k.outcome]);
      }
      expect(h.ended).toBe(true);
      outcomes.add(h.outcome);
    }
    expect([...outcomes].sort()).toEqual([0, 1, 2]);
  });
});
