// Asks for live odds whenever the world changes (odds of an older world show as updating), and for the drivers while their overlay is open.
import { useEffect, useRef, useState } from 'react';
import type { World } from '../../engine/world.js';
import type { DriversState, OddsService, OddsState } from '../../workers/oddsService.js';

/** The odds state for `world`; `off` without a service. Ready odds are shown as current only for the world they answer. */
export function useOdds(service: OddsService | undefined, world: World): OddsState {
  const asked = useRef<World | null>(null);
  const [got, setGot] = useState<{ state: OddsState; for: World | null }>({ state: { kind: 'off' }, for: null });
  useEffect(() => service?.subscribe((state) => setGot({ state, for: asked.current })), [service]);
  useEffect(() => {
    if (!service) return;
    asked.current = world;
    service.request(world);
  }, [service, world]);
  if (got.state.kind === 'ready' && got.for !== world) return { kind: 'computing', last: got.state.odds };
  return got.state;
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
