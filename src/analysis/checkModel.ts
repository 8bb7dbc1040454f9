// Model checking: explore the reachable states, bound them from above, and report only what is proven or shown by a witness.
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { World } from '../engine/world.js';
import { type Exploration, exploreStates } from './exploreStates.js';
import { overApproximate } from './overApproximate.js';
import { type Finding, reachFindings } from './reachFindings.js';
import { staticFindings } from './staticFindings.js';

export type { Finding, Grounds, Severity } from './reachFindings.js';

export type CheckReport = {
  readonly mode: 'exact' | 'bucketed';
  readonly buckets: number | null;
  /** True when every reachable state was explored with exact values: then "not reached" is proven. */
  readonly exhaustive: boolean;
  readonly complete: boolean;
  readonly states: number;
  /** How the states were explored, in words. */
  readonly how: string;
  /** Rounds of the over-approximation until its fixpoint. */
  readonly rounds: number;
  readonly findings: readonly Finding[];
};

/** How to explore: exact values, a number of buckets, or `auto` (exact if it fits in `exactLimit` states, else 3 buckets). */
export type CheckOptions = {
  readonly buckets: number | 'exact' | 'auto';
  readonly maxStates: number;
  readonly start: World | null;
  readonly exactLimit?: number;
  /** file:line:col of a document path, for positioned findings (default: the path itself). */
  readonly locate?: (path: readonly string[]) => string;
};

/** Explores month by month, computes the over-approximation, and collects findings with their grounds. */
export function checkModel(kernel: Kernel, o: CheckOptions): CheckReport {
  const explore = (buckets: number | null, maxStates: number): Exploration => exploreStates(kernel, { buckets, maxStates, start: o.start, order: 'month' });
  let buckets: number | null = o.buckets === 'exact' || o.buckets === 'auto' ? null : o.buckets;
  const xs = [explore(buckets, o.buckets === 'auto' ? Math.min(o.maxStates, o.exactLimit ?? 20_000) : o.maxStates)];
  const exhaustive = buckets === null && (xs[0] as Exploration).complete;
  if (o.buckets === 'auto' && !exhaustive) {
    buckets = 3;
    xs.push(explore(buckets, o.maxStates));
  }
  const x = xs[xs.length - 1] as Exploration;
  const states = xs.reduce((n, e) => n + e.states.length, 0);
  const bound = overApproximate(kernel.ir, o.start);
  const how = exhaustive
    ? `${states.toLocaleString('en-US')} states explored month by month, every reachable one, with exact values (exhaustive)`
    : `${states.toLocaleString('en-US')} states explored month by month${xs.length > 1 ? ', with exact values, then' : ''}${buckets === null ? '' : ` with indicators in ${buckets} buckets`}${x.complete ? '' : ', bounded by --max-states'}`;
  return {
    mode: buckets === null ? 'exact' : 'bucketed',
    buckets,
    exhaustive,
    complete: x.complete,
    states,
    how,
    rounds: bound.rounds,
    findings: [...staticFindings(kernel.ir, o.locate ?? ((path) => path.join('.'))), ...reachFindings(kernel, xs, bound, { exhaustive, how })],
  };
}
