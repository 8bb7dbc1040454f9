// Odds computed on the main thread between events (for tests and when worker threads are not wanted).
import { banTriggers } from '../analysis/banTriggers.js';
import { liveOdds } from '../analysis/liveOdds.js';
import { createKernel, type Kernel } from '../engine/kernel/createKernel.js';
import type { World } from '../engine/world.js';
import { cachedKernels, driversRunner } from './driversRunner.js';
import { oddsChannel } from './oddsChannel.js';
import type { DriversState, OddsService } from './oddsService.js';

/** A service that computes after the current event, always for the latest world asked. */
export function createInlineOddsService(kernel: Kernel, runs: number, seed: number): OddsService {
  const channel = oddsChannel();
  const listeners = new Set<(s: DriversState) => void>();
  let lastDrivers: DriversState = { kind: 'idle' };
  const drivers = driversRunner(
    cachedKernels((bans) => (bans.length === 0 ? kernel : createKernel(banTriggers(kernel.ir, bans)))),
    runs,
    seed,
    (s) => {
      lastDrivers = s;
      for (const l of listeners) l(s);
    },
  );
  let latest: World | null = null;
  let scheduled = false;
  return {
    request(world) {
      latest = world;
      channel.emit({ kind: 'computing', last: channel.lastOdds() });
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        try {
          channel.emit({ kind: 'ready', odds: liveOdds(kernel, latest as World, runs, seed) });
        } catch (e) {
          channel.emit({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
        }
      }, 0);
    },
    subscribe: channel.subscribe,
    requestDrivers: drivers.request,
    cancelDrivers: drivers.cancel,
    subscribeDrivers(listener) {
      listeners.add(listener);
      listener(lastDrivers);
      return () => listeners.delete(listener);
    },
    close() {
      drivers.cancel();
      listeners.clear();
      channel.close();
    },
  };
}
