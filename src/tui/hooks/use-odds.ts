// Asks for live odds whenever the world changes and returns what the service last said.
import { useEffect, useState } from 'react';
import type { World } from '../../engine/world.js';
import type { OddsService, OddsState } from '../../workers/oddsService.js';

/** The odds state for `world`; `off` without a service. */
export function useOdds(service: OddsService | undefined, world: World): OddsState {
  const [state, setState] = useState<OddsState>({ kind: 'off' });
  useEffect(() => service?.subscribe(setState), [service]);
  useEffect(() => {
    service?.request(world);
  }, [service, world]);
  return state;
}
