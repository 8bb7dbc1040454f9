// Where the UI gets live odds from: asked after every step, answered later, never blocking keys.
import type { LiveOdds } from '../analysis/liveOdds.js';
import type { World } from '../engine/world.js';

/** What the odds panel shows. */
export type OddsState =
  | { readonly kind: 'off' }
  | { readonly kind: 'computing'; readonly last: LiveOdds | null }
  | { readonly kind: 'ready'; readonly odds: LiveOdds }
  | { readonly kind: 'error'; readonly message: string };

/** A source of odds for worlds; the latest request wins. */
export type OddsService = {
  request(world: World): void;
  subscribe(listener: (state: OddsState) => void): () => void;
  close(): void;
};
