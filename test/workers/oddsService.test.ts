import { describe, expect, it, vi } from 'vitest';
import { createKernel } from '../../src/engine/kernel/createKernel.js';
import { createInlineOddsService } from '../../src/workers/createInlineOddsService.js';
import type { DriversState } from '../../src/workers/oddsService.js';
import { shippedStepper } from '../helpers.js';

describe('the drivers of the odds', () => {
  const iraq = shippedStepper('iraq-coalition');

  it('should report progress batch by batch, then the effects with the runs behind them', async () => {
    const service = createInlineOddsService(createKernel(iraq.ir), 500, 1);
    const states: DriversState[] = [];
    service.subscribeDrivers((s) => states.push(s));
    service.requestDrivers(iraq.initial);
    await vi.waitFor(() => expect(states.at(-1)?.kind).toBe('ready'), { timeout: 60_000 });
    const progress = states.flatMap((s) => (s.kind === 'computing' ? [s.done] : []));
    const total = iraq.ir.triggers.length + 1;
    expect(progress).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
    const last = states.at(-1);
    expect(last?.kind === 'ready' && last.drivers.runs).toBe(500);
    service.close();
  });

  it('should stop when cancelled (the overlay closed) and never report stale effects', async () => {
    const service = createInlineOddsService(createKernel(iraq.ir), 500, 1);
    const states: DriversState[] = [];
    service.subscribeDrivers((s) => states.push(s));
    service.requestDrivers(iraq.initial);
    await vi.waitFor(() => expect(states.some((s) => s.kind === 'computing' && s.done >= 2)).toBe(true), { timeout: 60_000 });
    service.cancelDrivers();
    const seen = states.length;
    await new Promise((r) => setImmediate(r));
    await new Promise((r) => setImmediate(r));
    expect(states.at(-1)).toEqual({ kind: 'idle' });
    expect(states.slice(seen).every((s) => s.kind === 'idle')).toBe(true);
    expect(states.some((s) => s.kind === 'ready')).toBe(false);
    service.close();
  });
});
