import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { liveSignposts } from '../../src/analysis/liveSignposts.js';
import { signposts } from '../../src/analysis/signposts.js';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createStepper } from '../../src/engine/createStepper.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { advance, startSession } from '../../src/engine/session.js';
import { readScenario } from '../../src/scenario/readScenario.js';

const file = 'test/fixtures/uncertain/ranges.yaml';
const ir = compileScenario(readScenario(file, readFileSync(file, 'utf8')));
const kernel = createKernel(ir);
const world = advance(startSession(createStepper(ir), 1), 2).cursor.world;

describe('live signposts', () => {
  it('should give, in parts, exactly the report of statecraft signposts from the same state, months from the current one on', async () => {
    const progress: number[] = [];
    const live = await liveSignposts(kernel, world, 3500, 9, 3, async (done) => {
      progress.push(done);
      return true;
    });
    expect(progress).toEqual([1000, 2000, 3000, 3500]);
    expect(live).toEqual(signposts(kernel, { seed: 9, start: world, forces: [] }, 3500, 3));
    expect(live?.months[0]?.date).toBe('2025-03');
    expect(live?.months.some((m) => m.best.length > 0)).toBe(true);
  });

  it('should stop and give nothing when the step says stop', async () => {
    let parts = 0;
    const live = await liveSignposts(kernel, world, 5000, 9, 3, async () => ++parts < 2);
    expect(live).toBeNull();
    expect(parts).toBe(2);
  });
});
