// Runs the drivers of the odds in steps between events, so a newer request or a cancel stops the older one.
import { liveDrivers } from '../analysis/liveDrivers.js';
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { World } from '../engine/world.js';
import type { DriversState } from './oddsService.js';

/** Starts and cancels drivers computations; every state goes to `emit`. */
export function driversRunner(kernelWith: (bans: readonly string[]) => Kernel, runs: number, seed: number, emit: (s: DriversState) => void) {
  let current = 0;
  return {
    request(world: World): void {
      const mine = ++current;
      emit({ kind: 'computing', done: 0, total: kernelWith([]).triggerIds.length + 1, runs });
      const step = async (done: number, total: number) => {
        if (mine !== current) return false;
        emit({ kind: 'computing', done, total, runs });
        await new Promise((r) => setImmediate(r));
        return mine === current;
      };
      setImmediate(() => {
        liveDrivers(kernelWith, world, runs, seed, step).then(
          (drivers) => {
            if (drivers && mine === current) emit({ kind: 'ready', drivers });
          },
          (e: unknown) => {
            if (mine === current) emit({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
          },
        );
      });
    },
    cancel(): void {
      current++;
      emit({ kind: 'idle' });
    },
  };
}

/** A kernel factory that compiles each set of bans once. */
export function cachedKernels(make: (bans: readonly string[]) => Kernel): (bans: readonly string[]) => Kernel {
  const cache = new Map<string, Kernel>();
  return (bans) => {
    const key = bans.join(',');
    let k = cache.get(key);
    if (!k) {
      k = make(bans);
      cache.set(key, k);
    }
    return k;
  };
}
