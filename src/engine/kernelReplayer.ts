// Replays saved fire/advance actions through the kernel (no XState, no explanations); anything unusual is left to the full path.
import type { Action } from './applyAction.js';
import type { Stepper } from './createStepper.js';
import type { HistoryNode } from './historyNode.js';
import { createKernel, type Kernel } from './kernel/createKernel.js';
import type { KernelState } from './kernel/kernelState.js';
import type { World } from './world.js';

/** Applies one action after `parent` as `perform` would, or returns null when the full (XState) path must decide. */
export type Replayer = (parent: HistoryNode, action: Action) => HistoryNode | null;

const kernels = new WeakMap<Stepper, Kernel>();

/**
 * A replayer for `stepper`'s scenario. Fired triggers and advanced months go through the kernel, which the
 * differential test holds to the XState machine's worlds; the step count is the one `applyAction` records. A refused
 * trigger, an evaluation error, an ended scenario, a roll or an override gives null: the caller replays it in full, so
 * refusals keep their messages and rolls their checks.
 */
export function kernelReplayer(stepper: Stepper): Replayer {
  const kernel = kernels.get(stepper) ?? createKernel(stepper.ir);
  kernels.set(stepper, kernel);
  const index = new Map(kernel.triggerIds.map((id, i) => [id, i]));
  const k = kernel.newState();
  let loaded: World | null = null;
  return (parent, action) => {
    if (parent.world.ended || (action.kind !== 'fire' && action.kind !== 'advance')) return null;
    const t = action.kind === 'fire' ? index.get(action.trigger) : -1;
    if (t === undefined || (action.kind === 'fire' && stepper.ir.triggerById.get(action.trigger)?.kind === 'scheduled')) return null;
    if (loaded !== parent.world) kernel.load(k, parent.world);
    loaded = null;
    let records = 1;
    if (action.kind === 'fire') {
      if (!kernel.enabled(k, t) || k.error !== null) return null;
      kernel.fire(k, t);
    } else {
      // One record per scheduled trigger fired, and one for the clock unless a trigger ended the scenario first.
      let endedFirst = false;
      records = 0;
      advanceCounting(kernel, k, () => {
        records++;
        endedFirst = k.ended;
      });
      if (!endedFirst) records++;
    }
    if (k.error !== null) return null;
    const world = shareWith(parent.world, kernel.toWorld(k));
    loaded = world;
    return { parent, depth: parent.depth + 1, steps: parent.steps + records, action, world, rng: parent.rng };
  };
}

/** The kernel's month end, told of each scheduled trigger it fires. */
function advanceCounting(kernel: Kernel, k: KernelState, onFire: (t: number) => void): void {
  kernel.advance(k, onFire);
}

/** `next`, sharing what did not change with `prev` (the whole world when nothing did): a long replay keeps one copy of each. */
function shareWith(prev: World, next: World): World {
  const indicators = sameValues(prev.indicators, next.indicators) ? prev.indicators : next.indicators;
  const actors = sameValues(prev.actors, next.actors) ? prev.actors : next.actors;
  if (indicators === prev.indicators && actors === prev.actors && next.month === prev.month && next.outcome === prev.outcome && next.ended === prev.ended)
    return prev;
  return { ...next, indicators, actors };
}

function sameValues(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  for (const key in b) if (!Object.is(a[key], b[key])) return false;
  return true;
}
