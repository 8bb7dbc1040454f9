// Keeps the live odds of every world they were computed for, and fills in the steps passed over, so the trend shows the odds after each step.
import { useEffect, useRef, useState } from 'react';
import type { LiveOdds } from '../../analysis/liveOdds.js';
import type { Session } from '../../engine/session.js';
import type { World } from '../../engine/world.js';
import type { OddsService, OddsState } from '../../workers/oddsService.js';
import { trendWorlds } from '../oddsTrend.js';

/**
 * Records `odds` when ready for the cursor's world (worlds are immutable and shared by the history tree), and, while the live
 * odds are idle, asks `startBackfill`'s service (started on first need, the same runs and seed) for the trend's steps
 * that have none, one at a time, latest first. Returns the lookup.
 */
export function useOddsHistory(odds: OddsState, session: Session, startBackfill?: () => OddsService): (world: World) => LiveOdds | undefined {
  const seen = useRef(new WeakMap<World, LiveOdds>());
  const world = session.cursor.world;
  if (odds.kind === 'ready' && seen.current.get(world) !== odds.odds) seen.current.set(world, odds.odds);
  const backfill = useRef<{ service: OddsService; pending: World | null; stop: () => void } | null>(null);
  // A fill re-renders, and the effect below (run after every render: a walk of the branch) asks for the next missing step.
  const [, setFilled] = useState(0);
  useEffect(
    () => () => {
      backfill.current?.stop();
      backfill.current?.service.close();
    },
    [],
  );
  useEffect(() => {
    if (!startBackfill || odds.kind !== 'ready' || backfill.current?.pending) return;
    const missing = trendWorlds(session)
      .reverse()
      .find((w) => !seen.current.has(w));
    if (!missing) return;
    if (!backfill.current) {
      const service = startBackfill();
      const b: { service: OddsService; pending: World | null; stop: () => void } = { service, pending: null, stop: () => {} };
      b.stop = service.subscribe((s) => {
        if (s.kind !== 'ready' || !b.pending) return;
        seen.current.set(b.pending, s.odds);
        b.pending = null;
        setFilled((n) => n + 1);
      });
      backfill.current = b;
    }
    backfill.current.pending = missing;
    backfill.current.service.request(missing);
  });
  return (w) => seen.current.get(w);
}
