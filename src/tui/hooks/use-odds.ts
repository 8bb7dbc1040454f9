// Asks for live odds whenever the world changes and returns what the service last said; odds of an older world show as updating.
import { useEffect, useState } from 'react';
import type { World } from '../../engine/world.js';
import type { OddsService, OddsState } from '../../workers/oddsService.js';

/** The odds state for `world`; `off` without a service. Ready odds are only shown for the world they were asked for. */
export function useOdds(service: OddsService | undefined, world: World): OddsState {
  const [state, setState] = useState<OddsState>({ kind: 'off' });
  const [askedFor, setAskedFor] = useState<World | null>(null);
  useEffect(() => service?.subscribe(setState), [service]);
  useEffect(() => {
    if (!service) return;
    setAskedFor(world);
    service.request(world);
  }, [service, world]);
  if (state.kind === 'ready' && askedFor !== world) return { kind: 'computing', last: state.odds };
  return state;
}
