import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { compileScenario } from '../../src/engine/compileScenario.js';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { initialWorld } from '../../src/engine/world.js';
import { readScenario } from '../../src/scenario/readScenario.js';
import { createInlineSignpostsService, type SignpostsState } from '../../src/workers/signpostsService.js';
import { PATIENCE } from '../helpers.js';

const file = 'test/fixtures/uncertain/ranges.yaml';
const kernel = createKernel(compileScenario(readScenario(file, readFileSync(file, 'utf8'))));
const world = initialWorld(kernel.ir);

describe('the signposts of the overlay', () => {
  it('should report progress part by part, then the signposts from the state asked', async () => {
    const service = createInlineSignpostsService(kernel, 3000, 1);
    const states: SignpostsState[] = [];
    service.subscribe((s) => states.push(s));
    service.request(world);
    await vi.waitFor(() => expect(states.at(-1)?.kind).toBe('ready'), PATIENCE);
    expect(states.flatMap((s) => (s.kind === 'computing' ? [s.done] : []))).toEqual([0, 1000, 2000, 3000]);
    const last = states.at(-1);
    expect(last?.kind === 'ready' && last.report.runs).toBe(3000);
    service.close();
  });

  it('should stop when cancelled (the overlay closed) and never report stale signposts', async () => {
    const service = createInlineSignpostsService(kernel, 20_000, 1);
    const states: SignpostsState[] = [];
    let after = -1;
    // Cancelled on the progress event itself: polling for it could miss a fast machine finishing all 20,000 runs.
    service.subscribe((s) => {
      states.push(s);
      if (after < 0 && s.kind === 'computing' && s.done >= 2000) {
        after = states.length;
        service.cancel();
      }
    });
    service.request(world);
    await vi.waitFor(() => expect(after).toBeGreaterThan(0), PATIENCE);
    // Let any part that was under way finish: nothing more may arrive after the idle state the cancel reports.
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    const tail = states.slice(after);
    expect(tail).toEqual([{ kind: 'idle' }]);
    expect(states.some((s) => s.kind === 'ready')).toBe(false);
    service.close();
  });
});
