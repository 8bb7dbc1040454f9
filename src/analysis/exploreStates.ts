// Breadth-first exploration of every state the scenario can reach, on the kernel: the basis of check and paths.
import type { Kernel } from '../engine/kernel/createKernel.js';
import { copyKernelState, type KernelState } from '../engine/kernel/kernelState.js';
import type { World } from '../engine/world.js';

/** How states are told apart and how far to go. */
export type ExploreOptions = {
  /** Buckets per indicator, or null to compare indicator values exactly. */
  readonly buckets: number | null;
  /** Stop (and say "bounded") after this many distinct states. */
  readonly maxStates: number;
  /** Where to start: a session's world, or null for the scenario's start. */
  readonly start: World | null;
  /** Whether a trigger may fire again in the same month (as by hand), or once a month (as when rolled). */
  readonly repeat?: boolean;
  /** Stop as soon as a state satisfies this (for `paths`). */
  readonly stopAt?: (k: KernelState) => boolean;
  /** How many matching states to collect before stopping. */
  readonly wanted?: number;
};

/** One explored state with how it was reached: `event` is a trigger index, or -1 for the end of a month. */
export type ExploredState = {
  readonly state: KernelState;
  readonly parent: number;
  readonly event: number;
  readonly depth: number;
  fired: number;
  moved: number;
};

export type Exploration = {
  readonly states: ExploredState[];
  readonly complete: boolean;
  /** Indexes of states matching `stopAt`, in the order found (shortest first). */
  readonly matches: number[];
  /** Per trigger index, whether it was ever enabled. */
  readonly everEnabled: boolean[];
};

/** Explores the rolled-month semantics: each exogenous trigger at most once a month, each actor one move a month, then the month ends. */
export function exploreStates(kernel: Kernel, o: ExploreOptions): Exploration {
  const { ir } = kernel;
  const triggers = ir.triggers;
  const actorIndex = new Map(ir.actors.map((a, i) => [a.id, i]));
  const lo = ir.indicators.map((i) => i.min);
  const span = ir.indicators.map((i) => i.max - i.min || 1);
  const codes: number[] = [];
  /** A compact key: small integers as UTF-16 code units; exact indicator values as text. */
  const keyOf = (k: KernelState, fired: number, moved: number) => {
    codes.length = 0;
    codes.push(k.month, k.ended ? 1 : 0, k.outcome + 1, fired & 0xffff, fired >>> 16, moved & 0xffff);
    for (let i = 0; i < k.act.length; i++) codes.push(k.act[i] as number);
    if (o.buckets === null) return String.fromCharCode(...codes) + k.ind.join(',');
    for (let i = 0; i < k.ind.length; i++)
      codes.push(Math.min(o.buckets - 1, Math.floor((((k.ind[i] as number) - (lo[i] as number)) / (span[i] as number)) * o.buckets)));
    return String.fromCharCode(...codes);
  };
  const first = kernel.newState();
  if (o.start) kernel.load(first, o.start);
  else kernel.start(first);
  const states: ExploredState[] = [{ state: first, parent: -1, event: -1, depth: 0, fired: 0, moved: 0 }];
  const seen = new Map<string, number>([[keyOf(first, 0, 0), 0]]);
  const everEnabled = triggers.map(() => false);
  const matches: number[] = [];
  const wanted = o.wanted ?? 1;
  if (o.stopAt?.(first)) matches.push(0);
  let complete = true;
  const scratch = kernel.newState();
  /** Records `next` (the scratch state) if it is new; false when the state limit is reached. */
  const add = (next: KernelState, parent: number, event: number, fired: number, moved: number): boolean => {
    const key = keyOf(next, fired, moved);
    if (seen.has(key)) return true;
    if (states.length >= o.maxStates) {
      complete = false;
      return false;
    }
    const index = states.length;
    seen.set(key, index);
    const kept = kernel.newState();
    copyKernelState(next, kept);
    states.push({ state: kept, parent, event, depth: (states[parent] as ExploredState).depth + 1, fired, moved });
    if (o.stopAt?.(kept)) matches.push(index);
    return true;
  };
  for (let i = 0; i < states.length && matches.length < wanted; i++) {
    const here = states[i] as ExploredState;
    if (here.state.ended) continue;
    for (let t = 0; t < triggers.length; t++) {
      const trig = triggers[t];
      if (!trig || trig.kind === 'scheduled') continue;
      const bit = trig.kind === 'exogenous' ? 2 ** t : 2 ** (actorIndex.get(trig.actor as string) as number);
      if (!o.repeat && (trig.kind === 'exogenous' ? here.fired & bit : here.moved & bit)) continue;
      if (!kernel.enabled(here.state, t)) continue;
      everEnabled[t] = true;
      const next = scratch;
      copyKernelState(here.state, next);
      kernel.fire(next, t);
      const fired = o.repeat ? 0 : trig.kind === 'exogenous' ? here.fired | bit : here.fired;
      const moved = o.repeat ? 0 : trig.kind === 'move' ? here.moved | bit : here.moved;
      if (!add(next, i, t, fired, moved)) return { states, complete, matches, everEnabled };
    }
    const next = scratch;
    copyKernelState(here.state, next);
    for (const id of ir.schedule.get(next.month) ?? []) {
      const t = triggers.findIndex((x) => x.id === id);
      if (kernel.enabled(next, t)) everEnabled[t] = true;
    }
    kernel.advance(next);
    if (!add(next, i, -1, 0, 0)) return { states, complete, matches, everEnabled };
  }
  return { states, complete, matches, everEnabled };
}

/** The events from the start to a state: trigger ids, and `advance` for each month end. */
export function pathTo(kernel: Kernel, x: Exploration, index: number): string[] {
  const out: string[] = [];
  for (let i = index; i > 0; i = (x.states[i] as ExploredState).parent) {
    const e = (x.states[i] as ExploredState).event;
    out.push(e < 0 ? 'advance' : (kernel.triggerIds[e] as string));
  }
  return out.reverse();
}
