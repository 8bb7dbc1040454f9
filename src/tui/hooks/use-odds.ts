// Asks for live odds whenever the world changes, and for the drivers while their overlay is open.
import { useEffect, useState } from 'react';
import type { World } from '../../engine/world.js';
import type { DriversState, OddsService, OddsState } from '../../workers/oddsService.js';

/** The odds state for `world`; `off` without a service. */
export function useOdds(service: OddsService | undefined, world: World): OddsState {
  const [state, setState] = useState<OddsState>({ kind: 'off' });
  useEffect(() => service?.subscribe(setState), [service]);
  useEffect(() => {
    service?.request(world);
  }, [service, world]);
  return state;
}

/** The drivers from `world`, computed while `open` (the overlay is shown) and cancelled when it closes. */
export function useDrivers(service: OddsService | undefined, open: boolean, world: World): DriversState {
  const [state, setState] = useState<DriversState>({ kind: 'idle' });
  useEffect(() => service?.subscribeDrivers(setState), [service]);
  useEffect(() => {
    if (!service || !open) return;
    service.requestDrivers(world);
    return () => service.cancelDrivers();
  }, [service, open, world]);
  return state;
}
