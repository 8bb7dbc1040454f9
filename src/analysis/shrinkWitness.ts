// Shortens a witness found by a walk: drops steps one at a time while the rest still replays and still shows the same thing.
import type { Kernel } from '../engine/kernel/createKernel.js';
import { copyKernelState, type KernelState } from '../engine/kernel/kernelState.js';
import type { ReachTracker } from './reachTracker.js';

/**
 * Whether `steps` (trigger indexes, -1 for `advance`) replay from `first` as `statecraft run --steps` would take them:
 * every trigger enabled when fired, nothing after the run ended. The state after them is left in `k`.
 */
function replays(kernel: Kernel, first: KernelState, steps: readonly number[], k: KernelState): boolean {
  copyKernelState(first, k);
  for (const t of steps) {
    if (k.ended) return false;
    if (t < 0) kernel.advance(k);
    else if (kernel.enabled(k, t)) kernel.fire(k, t);
    else return false;
  }
  return true;
}

const indexes = new WeakMap<Kernel, ReadonlyMap<string, number>>();

/** Trigger id → index, built once per kernel (a check shortens one witness per question: thousands on a large scenario). */
function triggerIndex(kernel: Kernel): ReadonlyMap<string, number> {
  let index = indexes.get(kernel);
  if (!index) {
    index = new Map(kernel.triggerIds.map((id, t) => [id, t]));
    indexes.set(kernel, index);
  }
  return index;
}

/** Longest sequence whose pairs of steps are tried for deletion together. */
const MAX_PAIRS_LENGTH = 60;

/**
 * The shortest sequence greedy deletion reaches: each step (then each pair of steps) is dropped when the sequence without it still replays and
 * `shows` still holds of the state it ends in. Deterministic, and every sequence it returns replays.
 */
export function shrinkWitness(kernel: Kernel, first: KernelState, steps: readonly string[], shows: (k: KernelState) => boolean): string[] {
  const index = triggerIndex(kernel);
  let current = steps.map((s) => (s === 'advance' ? -1 : (index.get(s) as number)));
  const k = kernel.newState();
  const tryWithout = (drop: (i: number) => boolean): boolean => {
    const candidate = current.filter((_, i) => !drop(i));
    if (!replays(kernel, first, candidate, k) || !shows(k)) return false;
    current = candidate;
    return true;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = current.length - 1; i >= 0; i--) if (tryWithout((j) => j === i)) changed = true;
    // Then pairs (a step and the one that undoes it), while the sequence is short enough for it to be cheap.
    for (let i = current.length - 1; !changed && i >= 0 && current.length <= MAX_PAIRS_LENGTH; i--)
      for (let j = current.length - 1; !changed && j > i; j--) if (tryWithout((x) => x === i || x === j)) changed = true;
  }
  return current.map((t) => (t < 0 ? 'advance' : (kernel.triggerIds[t] as string)));
}

/** Shortens every witness a tracker holds: a question's (all but a trigger's last step, which stays; not a dead end's) and each broken invariant's. */
export function shrinkWitnesses(kernel: Kernel, tracker: ReachTracker, first: KernelState): void {
  tracker.questions.forEach((q, i) => {
    const steps = tracker.witness[i];
    if (!steps || q.kind === 'error') return;
    const keep = q.kind === 'trigger' ? steps.slice(-1) : [];
    const prefix = steps.slice(0, steps.length - keep.length);
    tracker.witness[i] = [...shrinkWitness(kernel, first, prefix, (k) => tracker.answers(i, k)), ...keep];
  });
  for (const [inv, steps] of tracker.broken)
    tracker.broken.set(
      inv,
      shrinkWitness(kernel, first, steps, (k) => kernel.firstViolation(k, inv) === inv),
    );
}
