// Asks for the signposts from the current state while their overlay is open, and cancels them when it closes.
import { useEffect, useState } from 'react';
import type { World } from '../../engine/world.js';
import type { SignpostsService, SignpostsState } from '../../workers/signpostsService.js';

/** The signposts from `world`, computed while `open` and cancelled when the overlay closes; idle without a service. */
export function useSignposts(service: SignpostsService | undefined, open: boolean, world: World): SignpostsState {
  const [state, setState] = useState<SignpostsState>({ kind: 'idle' });
  useEffect(() => service?.subscribe(setState), [service]);
  useEffect(() => {
    if (!service || !open) return;
    service.request(world);
    return () => service.cancel();
  }, [service, open, world]);
  return state;
}
