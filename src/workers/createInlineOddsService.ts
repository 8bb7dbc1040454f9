// Odds computed on the main thread between events (for tests and when worker threads are not wanted).
import { liveOdds } from '../analysis/liveOdds.js';
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { World } from '../engine/world.js';
import type { OddsService, OddsState } from './oddsService.js';

/** A service that computes after the current event, always for the latest world asked. */
export function createInlineOddsService(kernel: Kernel, runs: number, seed: number): OddsService {
  const listeners = new Set<(s: OddsState) => void>();
  let latest: World | null = null;
  let scheduled = false;
  let last: OddsState = { kind: 'off' };
  const emit = (s: OddsState) => {
    last = s;
    for (const l of listeners) l(s);
  };
  return {
    request(world) {
      latest = world;
      emit({ kind: 'computing', last: last.kind === 'ready' ? last.odds : last.kind === 'computing' ? last.last : null });
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        const w = latest as World;
        try {
          emit({ kind: 'ready', odds: liveOdds(kernel, w, runs, seed) });
        } catch (e) {
          emit({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
        }
      }, 0);
    },
    subscribe(listener) {
      listeners.add(listener);
      listener(last);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
    },
  };
}
