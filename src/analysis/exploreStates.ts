// Explores the states a scenario can reach on the kernel, breadth first or month by month: the basis of check and paths.
import type { Kernel } from '../engine/kernel/createKernel.js';
import { copyKernelState, type KernelState } from '../engine/kernel/kernelState.js';
import type { World } from '../engine/world.js';
import type { ReachTracker } from './reachTracker.js';

/** How states are told apart, in what order they are explored, and how far to go. */
export type ExploreOptions = {
  /** Buckets per indicator, or null to compare indicator values exactly. */
  readonly buckets: number | null;
  /** Stop (and say "bounded") after about this many distinct states. */
  readonly maxStates: number;
  /** Where to start: a session's world, or null for the scenario's start. */
  readonly start: World | null;
  /**
   * `breadth`: fewest steps first, so the first way found to a state is a shortest one (when exact);
   * `month`: month by month, each month with its share of `maxStates`, so the end of the clock is always reached.
   */
  readonly order: 'breadth' | 'month';
  /** Stop as soon as `wanted` states satisfy this (for `paths`). */
  readonly stopAt?: (k: KernelState) => boolean;
  readonly wanted?: number;
  /** Told every state kept and every trigger that can fire, so it collects witnesses. */
  readonly tracker?: ReachTracker;
  /** Stop as soon as this holds (checked before each state is expanded): e.g. when every question is settled. */
  readonly until?: () => boolean;
};

/** One explored state with how it was reached: `event` is a trigger index, or -1 for the end of a month. */
export type ExploredState = { readonly state: KernelState; readonly parent: number; readonly event: number; readonly depth: number };

export type Exploration = {
  readonly states: ExploredState[];
  /** True when no state was left out: with exact values, every reachable state was explored. */
  readonly complete: boolean;
  /** Indexes of states matching `stopAt`, in the order found. */
  readonly matches: number[];
  /** Per trigger index, whether it was ever enabled. */
  readonly everEnabled: boolean[];
  /** True when it stopped because `until` held. */
  readonly stopped: boolean;
};

/** A compact key of a state: small integers as UTF-16 code units; exact indicator values as text, or their buckets. */
export function stateKeyer(kernel: Kernel, buckets: number | null): (k: KernelState) => string {
  const lo = kernel.ir.indicators.map((i) => i.min);
  const span = kernel.ir.indicators.map((i) => i.max - i.min || 1);
  const codes: number[] = [];
  return (k) => {
    codes.length = 0;
    codes.push(k.month & 0xffff, k.ended ? 1 : 0, k.outcome + 1);
    for (let i = 0; i < k.actorState.length; i++) codes.push(k.actorState[i] as number);
    if (buckets === null) return String.fromCharCode(...codes) + k.ind.join(',');
    for (let i = 0; i < k.ind.length; i++)
      codes.push(Math.min(buckets - 1, Math.floor((((k.ind[i] as number) - (lo[i] as number)) / (span[i] as number)) * buckets)));
    return String.fromCharCode(...codes);
  };
}

/** Trigger evaluations the exact search of `auto` may spend (states × triggers): it stays about as long whatever the size. */
const EXACT_WORK = 2_000_000;

/** How many states the exact search of `auto` explores: 20,000 up to 100 triggers, fewer for larger scenarios (at least 1,000). */
export function exactStateLimit(kernel: Kernel): number {
  return Math.max(1_000, Math.min(20_000, Math.floor(EXACT_WORK / Math.max(1, kernel.ir.triggers.length))));
}

/** Explores what a person could do: fire any enabled trigger (scheduled ones only with the clock), or end the month. */
export function exploreStates(kernel: Kernel, o: ExploreOptions): Exploration {
  const { ir } = kernel;
  const keyOf = stateKeyer(kernel, o.buckets);
  const first = kernel.newState();
  if (o.start) kernel.load(first, o.start);
  else kernel.start(first);
  const states: ExploredState[] = [{ state: first, parent: -1, event: -1, depth: 0 }];
  const seen = new Map<string, number>([[keyOf(first), 0]]);
  const everEnabled = ir.triggers.map(() => false);
  const matches: number[] = o.stopAt?.(first) ? [0] : [];
  const tracker = o.tracker;
  const x = { states };
  tracker?.observe(first, () => []);
  const wanted = o.wanted ?? 1;
  const byMonth = o.order === 'month';
  const queues: number[][] = Array.from({ length: ir.months + 2 }, () => []);
  queues[byMonth ? first.month : 0]?.push(0);
  /** States kept per month; runs that finished in a month count apart (slot months + 1 + month), so final decisions always have room. */
  const perMonth = new Int32Array(2 * ir.months + 2);
  perMonth[first.month] = 1;
  let quota = o.maxStates;
  let complete = true;
  const scratch = kernel.newState();
  /** Keeps `next` if it is new and there is room; false once the whole budget is spent (breadth order). */
  const add = (next: KernelState, parent: number, event: number): boolean => {
    const key = keyOf(next);
    if (seen.has(key)) return true;
    const m = next.ended ? ir.months + 1 + next.month : next.month;
    if (byMonth ? (perMonth[m] as number) >= quota : states.length >= o.maxStates) {
      complete = false;
      return byMonth;
    }
    const index = states.length;
    seen.set(key, index);
    const kept = kernel.newState();
    copyKernelState(next, kept);
    states.push({ state: kept, parent, event, depth: (states[parent] as ExploredState).depth + 1 });
    perMonth[m] = (perMonth[m] as number) + 1;
    if (o.stopAt?.(kept)) matches.push(index);
    tracker?.observe(kept, () => pathTo(kernel, x, index));
    if (!kept.ended) (queues[byMonth ? m : 0] as number[]).push(index);
    return true;
  };
  let stopped = false;
  const done = () => {
    if (o.until?.()) stopped = true;
    return stopped || (matches.length >= wanted && o.stopAt !== undefined);
  };
  const out = () => ({ states, complete: complete && !stopped, matches, everEnabled, stopped });
  for (let m = byMonth ? first.month : 0; m < queues.length && !done(); m++) {
    const queue = queues[m] as number[];
    if (byMonth) quota = Math.max(perMonth[m] as number, 1, Math.floor((o.maxStates - states.length + (perMonth[m] as number)) / (2 * (ir.months - m + 1))));
    for (let q = 0; q < queue.length && !done(); q++) {
      const i = queue[q] as number;
      const here = states[i] as ExploredState;
      if (here.state.ended) continue;
      for (let t = 0; t < ir.triggers.length; t++) {
        if (ir.triggers[t]?.kind === 'scheduled' || !kernel.enabled(here.state, t)) continue;
        everEnabled[t] = true;
        tracker?.fires(t, () => pathTo(kernel, x, i));
        copyKernelState(here.state, scratch);
        kernel.fire(scratch, t);
        if (!add(scratch, i, t)) return out();
      }
      // A precondition that fails stops the run right here (the state itself now holds the error).
      if (here.state.error !== null) {
        tracker?.observe(here.state, () => pathTo(kernel, x, i));
        continue;
      }
      copyKernelState(here.state, scratch);
      scheduledFires(kernel, scratch, (t) => {
        everEnabled[t] = true;
        tracker?.fires(t, () => pathTo(kernel, x, i));
      });
      copyKernelState(here.state, scratch);
      kernel.advance(scratch);
      if (!add(scratch, i, -1)) return out();
    }
    if (!byMonth) break;
  }
  return out();
}

/** Tells `fired` each scheduled trigger that fires at the end of this month, in order, as `advance` fires them (`k` is changed: pass a copy). */
export function scheduledFires(kernel: Kernel, k: KernelState, fired: (t: number) => void): void {
  for (const t of kernel.scheduledAt(k.month)) {
    if (k.ended) return;
    if (!kernel.enabled(k, t)) continue;
    fired(t);
    kernel.fire(k, t);
  }
}

/** The events from the start to a state: trigger ids, and `advance` for each month end. */
export function pathTo(kernel: Kernel, x: { readonly states: readonly ExploredState[] }, index: number): string[] {
  const out: string[] = [];
  for (let i = index; i > 0; i = (x.states[i] as ExploredState).parent) {
    const e = (x.states[i] as ExploredState).event;
    out.push(e < 0 ? 'advance' : (kernel.triggerIds[e] as string));
  }
  return out.reverse();
}
