// Keeps the live odds of every world they were computed for, so the trend can show the odds as seen after each step.
import { useRef } from 'react';
import type { LiveOdds } from '../../analysis/liveOdds.js';
import type { World } from '../../engine/world.js';
import type { OddsState } from '../../workers/oddsService.js';

/** Records `odds` when ready for `world` (worlds are immutable and shared by the history tree); returns the lookup. */
export function useOddsHistory(odds: OddsState, world: World): (world: World) => LiveOdds | undefined {
  const seen = useRef(new WeakMap<World, LiveOdds>());
  if (odds.kind === 'ready' && seen.current.get(world) !== odds.odds) seen.current.set(world, odds.odds);
  return (w) => seen.current.get(w);
}
