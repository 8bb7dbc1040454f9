// Asks for live odds whenever the world changes and returns what the service last said; odds of an older world show as updating.
import { useEffect, useRef, useState } from 'react';
import type { World } from '../../engine/world.js';
import type { OddsService, OddsState } from '../../workers/oddsService.js';

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
