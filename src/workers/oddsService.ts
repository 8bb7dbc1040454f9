// Where the UI gets live odds from: asked after every step, answered later, never blocking keys.
import type { LiveDrivers } from '../analysis/liveDrivers.js';
import type { LiveOdds } from '../analysis/liveOdds.js';
import type { World } from '../engine/world.js';

/** What the odds panel shows. */
export type OddsState =
  | { readonly kind: 'off' }
  | { readonly kind: 'computing'; readonly last: LiveOdds | null }
  | { readonly kind: 'ready'; readonly odds: LiveOdds }
  | { readonly kind: 'error'; readonly message: string };

/** What the drivers overlay shows: interventional effects, computed when it opens. */
export type DriversState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'computing'; readonly done: number; readonly total: number; readonly runs: number }
  | { readonly kind: 'ready'; readonly drivers: LiveDrivers }
  | { readonly kind: 'error'; readonly message: string };

/** A source of odds for worlds; the latest request wins. */
export type OddsService = {
  request(world: World): void;
  subscribe(listener: (state: OddsState) => void): () => void;
  /** Starts computing the drivers from `world` (cancelling any earlier request). */
  requestDrivers(world: World): void;
  /** Stops computing the drivers (the overlay closed). */
  cancelDrivers(): void;
  subscribeDrivers(listener: (state: DriversState) => void): () => void;
  close(): void;
};
