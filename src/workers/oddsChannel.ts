// The listener side of an odds service: remembers the last state and tells every subscriber.
import type { LiveOdds } from '../analysis/liveOdds.js';
import type { OddsState } from './oddsService.js';

/** Keeps the last odds state and the listeners. */
export function oddsChannel() {
  const listeners = new Set<(s: OddsState) => void>();
  let last: OddsState = { kind: 'off' };
  return {
    emit(s: OddsState): void {
      last = s;
      for (const l of listeners) l(s);
    },
    /** The odds last known, to keep showing while new ones are computed. */
    lastOdds(): LiveOdds | null {
      return last.kind === 'ready' ? last.odds : last.kind === 'computing' ? last.last : null;
    },
    subscribe(listener: (s: OddsState) => void): () => void {
      listeners.add(listener);
      listener(last);
      return () => listeners.delete(listener);
    },
    close(): void {
      listeners.clear();
    },
  };
}
