// Model checking: bound the reachable states from above, explore until every reachability question is settled, and report only what is proven or shown by a witness.
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { World } from '../engine/world.js';
import { provenInvariants } from './boundProofs.js';
import { chanceFailures } from './chanceFailures.js';
import { type Exploration, exactStateLimit, exploreStates } from './exploreStates.js';
import { overApproximate, type ReachBound } from './overApproximate.js';
import { partitionBound } from './partitionBound.js';
import { type Answer, answersOf, type Finding, reachFindings } from './reachFindings.js';
import { type ReachTracker, reachTracker } from './reachTracker.js';
import { shrinkWitnesses } from './shrinkWitness.js';
import { staticFindings } from './staticFindings.js';
import { walkStates } from './walkStates.js';

export type { Answer, Finding, Grounds, Severity } from './reachFindings.js';

/** How many reachability questions were asked, and how each was settled. */
export type Settled = { readonly questions: number; readonly found: number; readonly proven: number; readonly open: number };

/**
 * Per invariant: broken (with a witness), proven to hold (by the over-approximation, its partition by actor states, or an
 * exhaustive exact search), or only not broken in the states explored.
 */
export type InvariantStatus = {
  readonly id: string;
  readonly status: 'broken' | 'proven' | 'unbroken';
  readonly grounds: 'witness' | 'abstraction' | 'partition' | 'exhaustive' | 'not-reached';
};

export type CheckReport = {
  readonly mode: 'exact' | 'bucketed';
  readonly buckets: number | null;
  /** True when every reachable state was explored with exact values: then "not reached" is proven. */
  readonly exhaustive: boolean;
  /** True when the last exploration left no state out (it was neither bounded nor stopped early). */
  readonly complete: boolean;
  /** Distinct states explored breadth first (walk steps are counted apart). */
  readonly states: number;
  /** Seeded walks taken, and the steps they made. */
  readonly walks: { readonly walks: number; readonly steps: number };
  /** How the states were explored, in words. */
  readonly how: string;
  /** Rounds of the over-approximation until its fixpoint. */
  readonly rounds: number;
  readonly settled: Settled;
  /** Every reachability question with its answer: found (with a witness), proven impossible, or open. */
  readonly questions: readonly Answer[];
  readonly invariants: readonly InvariantStatus[];
  readonly findings: readonly Finding[];
};

/** How to explore: exact values, a number of buckets, or `auto` (exact up to `exactLimit` states, seeded walks, then 3 buckets). */
export type CheckOptions = {
  readonly buckets: number | 'exact' | 'auto';
  readonly maxStates: number;
  readonly start: World | null;
  readonly exactLimit?: number;
  /** file:line:col of a document path, for positioned findings (default: the path itself). */
  readonly locate?: (path: readonly string[]) => string;
};

/** Most steps the seeded walks take (each phase also stops at --max-states). */
const WALK_LIMIT = 100_000;

/**
 * Computes the over-approximation, then explores month by month: with `auto`, exact values (up to `exactLimit` states,
 * exhaustive if that suffices), then seeded walks, then 3 buckets, each stopping once nothing is left to ask: every
 * reachability question settled and every invariant broken or proven to hold. `--exact` explores exact values up to
 * `maxStates` without stopping early, so that it can be exhaustive.
 */
export function checkModel(kernel: Kernel, o: CheckOptions): CheckReport {
  const bound = overApproximate(kernel.ir, o.start);
  const tracker = reachTracker(kernel, bound);
  const run = explorePhases(kernel, o, bound, tracker);
  const first = kernel.newState();
  if (o.start) kernel.load(first, o.start);
  else kernel.start(first);
  shrinkWitnesses(kernel, tracker, first);
  const { xs, exhaustive, invariants } = run;
  const states = xs.reduce((sum, x) => sum + x.states.length, 0);
  const how = exhaustive
    ? `${states.toLocaleString('en-US')} states explored month by month, every reachable one, with exact values (exhaustive)`
    : `explored month by month: ${run.phases.join(', then ')}${run.nothingLeft() ? '; stopped once every question was settled' : ''}`;
  const questions = answersOf(tracker, exhaustive);
  const count = (status: Answer['status']) => questions.filter((q) => q.status === status).length;
  const invariant = (id: string, i: number): InvariantStatus => {
    if (tracker.broken.has(i)) return { id, status: 'broken', grounds: 'witness' };
    if (exhaustive) return { id, status: 'proven', grounds: 'exhaustive' };
    const proof = invariants?.[i] ?? null;
    return proof ? { id, status: 'proven', grounds: proof } : { id, status: 'unbroken', grounds: 'not-reached' };
  };
  return {
    mode: run.buckets === null ? 'exact' : 'bucketed',
    buckets: run.buckets,
    exhaustive,
    complete: xs[xs.length - 1]?.complete ?? false,
    states,
    walks: run.walks,
    how,
    rounds: bound.rounds,
    settled: { questions: questions.length, found: count('found'), proven: count('proven'), open: count('open') },
    questions,
    invariants: kernel.invariantIds.map(invariant),
    findings: [
      ...staticFindings(kernel.ir, o.locate ?? ((path) => path.join('.'))),
      ...chanceFailures(kernel, xs, exhaustive),
      ...reachFindings(kernel, tracker, questions, { how }),
    ],
  };
}

/** The explorations in order (see checkModel), each phase described in words, and the invariants' proofs. */
function explorePhases(kernel: Kernel, o: CheckOptions, bound: ReachBound, tracker: ReachTracker) {
  const explore = (buckets: number | null, maxStates: number, until?: () => boolean): Exploration =>
    exploreStates(kernel, { buckets, maxStates, start: o.start, order: 'month', tracker, ...(until ? { until } : {}) });
  const phases: string[] = [];
  const n = (x: number) => x.toLocaleString('en-US');
  const xs: Exploration[] = [];
  let buckets: number | null = typeof o.buckets === 'number' ? o.buckets : null;
  if (buckets === null) {
    const exact = o.exactLimit ?? exactStateLimit(kernel);
    const limit = o.buckets === 'auto' ? Math.min(o.maxStates, exact) : o.maxStates;
    const x = explore(null, limit);
    xs.push(x);
    const why = limit < o.maxStates ? `the exact search stops at ${n(limit)} states for ${n(kernel.ir.triggers.length)} triggers` : 'bounded by --max-states';
    phases.push(`${n(x.states.length)} with exact values${x.complete ? '' : ` (${why})`}`);
  }
  const exhaustive = buckets === null && (xs[0] as Exploration).complete;
  const invariants = exhaustive ? null : proveInvariants(kernel, bound, o.start, tracker.broken);
  const nothingLeft = () => tracker.open() === 0 && kernel.invariantIds.every((_, i) => tracker.broken.has(i) || invariants?.[i] !== null);
  let walks = { walks: 0, steps: 0 };
  if (o.buckets === 'auto' && !exhaustive && !nothingLeft()) {
    walks = walkStates(kernel, tracker, { maxSteps: Math.min(o.maxStates, WALK_LIMIT), start: o.start, until: nothingLeft });
    phases.push(`${n(walks.walks)} seeded walk${walks.walks === 1 ? '' : 's'} (${n(walks.steps)} steps)`);
    if (!nothingLeft()) buckets = 3;
  }
  if (buckets !== null) {
    const x = explore(buckets, o.maxStates, nothingLeft);
    xs.push(x);
    phases.push(`${n(x.states.length)} with indicators in ${buckets} buckets${x.stopped || x.complete ? '' : ' (bounded by --max-states)'}`);
  }
  return { xs, phases, exhaustive, invariants, nothingLeft, walks, buckets };
}

/**
 * Per invariant, what proves it holds: the over-approximation, else its partition by actor states (computed only when
 * some invariant needs it), or null. Invariants already broken are not tried.
 */
function proveInvariants(kernel: Kernel, bound: ReachBound, start: World | null, broken: ReadonlyMap<number, unknown>): ('abstraction' | 'partition' | null)[] {
  const coarse = provenInvariants(kernel.ir, bound);
  const partition = coarse.some((p, i) => !p && !broken.has(i)) ? partitionBound(kernel, bound, start) : null;
  return coarse.map((p, i) => (p ? 'abstraction' : partition?.invariants[i] ? 'partition' : null));
}
