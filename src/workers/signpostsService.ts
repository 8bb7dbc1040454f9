// Where the signposts overlay gets its figures: computed from the current state off the UI thread, with progress, and cancelled when it closes.
import { liveSignposts } from '../analysis/liveSignposts.js';
import type { SignpostsReport } from '../analysis/signposts.js';
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { World } from '../engine/world.js';

/** Signposts shown per month. */
export const SIGNPOSTS_TOP = 3;

/** What the signposts overlay shows. */
export type SignpostsState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'computing'; readonly done: number; readonly total: number }
  | { readonly kind: 'ready'; readonly report: SignpostsReport }
  | { readonly kind: 'error'; readonly message: string };

/** A source of signposts for worlds; the latest request wins. */
export type SignpostsService = {
  /** Starts computing the signposts from `world` (cancelling any earlier request). */
  request(world: World): void;
  /** Stops computing (the overlay closed). */
  cancel(): void;
  subscribe(listener: (state: SignpostsState) => void): () => void;
  close(): void;
};

/** Starts and cancels signposts computations; every state goes to `emit`. */
export function signpostsRunner(kernel: Kernel, runs: number, seed: number, emit: (s: SignpostsState) => void) {
  let current = 0;
  return {
    request(world: World): void {
      const mine = ++current;
      emit({ kind: 'computing', done: 0, total: runs });
      const step = async (done: number, total: number) => {
        if (mine !== current) return false;
        emit({ kind: 'computing', done, total });
        await new Promise((r) => setImmediate(r));
        return mine === current;
      };
      setImmediate(() => {
        liveSignposts(kernel, world, runs, seed, SIGNPOSTS_TOP, step).then(
          (report) => {
            if (report && mine === current) emit({ kind: 'ready', report });
          },
          (e: unknown) => {
            if (mine === current) emit({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
          },
        );
      });
    },
    cancel(): void {
      current++;
      emit({ kind: 'idle' });
    },
  };
}

/** The listener side of a signposts service: remembers the last state and tells every subscriber. */
export function signpostsChannel() {
  const listeners = new Set<(s: SignpostsState) => void>();
  let last: SignpostsState = { kind: 'idle' };
  return {
    emit(s: SignpostsState): void {
      last = s;
      for (const l of listeners) l(s);
    },
    subscribe(listener: (s: SignpostsState) => void): () => void {
      listeners.add(listener);
      listener(last);
      return () => listeners.delete(listener);
    },
    close: () => listeners.clear(),
  };
}

/** A service that computes on this thread between events (for tests, and where worker threads are not wanted). */
export function createInlineSignpostsService(kernel: Kernel, runs: number, seed: number): SignpostsService {
  const channel = signpostsChannel();
  const runner = signpostsRunner(kernel, runs, seed, channel.emit);
  return { request: runner.request, cancel: runner.cancel, subscribe: channel.subscribe, close: channel.close };
}
