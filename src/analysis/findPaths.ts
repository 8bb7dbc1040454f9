// Trigger sequences to a target (an outcome, or an actor in a state), shortest when proven so, or why none was found.
import { computeEffects } from '../engine/computeEffects.js';
import type { Kernel } from '../engine/kernel/createKernel.js';
import { copyKernelState, type KernelState } from '../engine/kernel/kernelState.js';
import { activationOf, evaluate, readValues, type World } from '../engine/world.js';
import type { CompiledExpr } from '../scenario/checkExpressions.js';
import { type Exploration, type ExploredState, exactStateLimit, exploreStates, pathTo } from './exploreStates.js';
import { overApproximate, type ReachBound } from './overApproximate.js';
import { reachTracker } from './reachTracker.js';
import { shrinkWitness } from './shrinkWitness.js';
import { walkStates } from './walkStates.js';

/** What to reach. */
export type Target = { readonly kind: 'outcome'; readonly outcome: string } | { readonly kind: 'state'; readonly actor: string; readonly state: string };

export type PathsResult =
  | {
      readonly reachable: true;
      /** True only when an exact breadth-first search found them: then no shorter path exists. */
      readonly shortest: boolean;
      /** How the paths were found, in words. */
      readonly how: string;
      readonly paths: readonly { readonly steps: readonly string[]; readonly world: World }[];
      readonly states: number;
      readonly complete: boolean;
    }
  | {
      readonly reachable: false;
      /** Why the target is proven unreachable, or null when the search only stopped at its limit. */
      readonly proven: 'exhaustive' | 'abstraction' | null;
      readonly reasons: readonly string[];
      readonly states: number;
      readonly complete: boolean;
    };

/**
 * How to search: `exact` or `auto` try an exact breadth-first search first (shortest paths); buckets go month by month;
 * `auto` then tries seeded walks (up to `maxStates` steps).
 */
export type PathsOptions = { max: number; maxStates: number; buckets: number | 'exact' | 'auto'; start: World | null; exactLimit?: number };

/** Finds up to `max` paths to the target from `start` (null: the scenario's start), shortest when that can be proven. */
export function findPaths(kernel: Kernel, target: Target, o: PathsOptions): PathsResult {
  const stopAt = matcher(kernel, target);
  const explore = (buckets: number | null, maxStates: number, order: 'breadth' | 'month') =>
    exploreStates(kernel, { buckets, maxStates, start: o.start, order, stopAt, wanted: o.max });
  const found = (x: Exploration, shortest: boolean, how: string): PathsResult => ({
    reachable: true,
    shortest,
    how,
    paths: x.matches.map((i) => ({ steps: pathTo(kernel, x, i), world: kernel.toWorld((x.states[i] as ExploredState).state) })),
    states: x.states.length,
    complete: x.complete,
  });
  let x: Exploration | null = null;
  if (typeof o.buckets !== 'number') {
    x = explore(null, o.buckets === 'auto' ? Math.min(o.maxStates, o.exactLimit ?? exactStateLimit(kernel)) : o.maxStates, 'breadth');
    if (x.matches.length > 0) return found(x, true, 'exact breadth-first search');
    if (x.complete) return unreachable(kernel, target, x, 'exhaustive');
  }
  const buckets = typeof o.buckets === 'number' ? o.buckets : o.buckets === 'auto' ? 3 : null;
  x = explore(buckets, o.maxStates, 'month');
  const how = `month-by-month search${buckets === null ? ' with exact values' : ` with indicators in ${buckets} buckets`}`;
  if (x.matches.length > 0) return found(x, false, how);
  if (buckets === null && x.complete) return unreachable(kernel, target, x, 'exhaustive');
  const bound = overApproximate(kernel.ir, o.start);
  if (outsideBound(kernel, target, bound)) return unreachable(kernel, target, x, 'abstraction');
  const walked = o.buckets === 'auto' ? walkTo(kernel, target, bound, o) : null;
  if (walked) return { reachable: true, shortest: false, how: 'seeded walk (then shortened)', paths: [walked], states: x.states.length, complete: x.complete };
  return unreachable(kernel, target, x, null);
}

/** A path to the target found by seeded walks and shortened (see walkStates, shrinkWitness), or null. */
function walkTo(kernel: Kernel, target: Target, bound: ReachBound, o: PathsOptions): { steps: string[]; world: World } | null {
  const tracker = reachTracker(kernel, bound);
  const subject = target.kind === 'outcome' ? target.outcome : `${target.actor}=${target.state}`;
  const q = tracker.questions.findIndex(
    (x) => (target.kind === 'outcome' ? x.kind === 'outcome' || x.kind === 'undecided' : x.kind === 'state') && x.subject === subject,
  );
  if (q < 0) return null;
  walkStates(kernel, tracker, { maxSteps: o.maxStates, start: o.start, until: () => tracker.witness[q] !== null });
  const found = tracker.witness[q];
  if (!found) return null;
  const first = kernel.newState();
  if (o.start) kernel.load(first, o.start);
  else kernel.start(first);
  const steps = shrinkWitness(kernel, first, found, (k) => tracker.answers(q, k));
  const k = kernel.newState();
  copyKernelState(first, k);
  for (const step of steps) {
    if (step === 'advance') kernel.advance(k);
    else kernel.fire(k, kernel.triggerIds.indexOf(step));
  }
  return { steps, world: kernel.toWorld(k) };
}

function unreachable(kernel: Kernel, target: Target, x: Exploration, proven: 'exhaustive' | 'abstraction' | null): PathsResult {
  return { reachable: false, proven, reasons: reasonsFor(kernel, target, x, proven), states: x.states.length, complete: x.complete };
}

/** Whether the target lies outside the over-approximation (so it is proven unreachable). */
function outsideBound(kernel: Kernel, target: Target, bound: ReachBound): boolean {
  if (target.kind === 'outcome') return target.outcome === 'undecided' ? !bound.undecided : !bound.outcomes.has(target.outcome);
  const actor = kernel.ir.actors.find((a) => a.id === target.actor);
  const possible = bound.leaves.get(target.actor);
  return !actor?.states.some((s) => s.isLeaf && s.path.includes(target.state) && possible?.has(s.id));
}

function matcher(kernel: Kernel, target: Target): (k: KernelState) => boolean {
  if (target.kind === 'outcome') {
    const oi = kernel.outcomeIds.indexOf(target.outcome);
    return target.outcome === 'undecided' ? (k) => k.ended && k.outcome < 0 && k.error === null : (k) => k.outcome === oi;
  }
  const ai = kernel.ir.actors.findIndex((a) => a.id === target.actor);
  const actor = kernel.ir.actors[ai];
  const leaves = (kernel.leafNames[ai] ?? []).map((leaf, li) => (actor?.stateById.get(leaf)?.path.includes(target.state) ? li : -1)).filter((li) => li >= 0);
  return (k) => leaves.includes(k.actorState[ai] as number);
}

const describe = (expr: CompiledExpr, w: World, kernel: Kernel) => {
  const act = activationOf(kernel.ir, w);
  const values = Object.entries(readValues(expr, act)).map(([k, v]) => `${k} = ${typeof v === 'string' ? `"${v}"` : Math.round(v * 100) / 100}`);
  let holds: boolean;
  try {
    holds = evaluate(expr, act) === true;
  } catch {
    holds = false;
  }
  return { holds, text: `${expr.text}${values.length ? ` (${values.join(', ')})` : ''}` };
};

function reasonsFor(kernel: Kernel, target: Target, x: Exploration, proven: 'exhaustive' | 'abstraction' | null): string[] {
  const { ir } = kernel;
  const n = x.states.length.toLocaleString('en-US');
  const where =
    proven === 'exhaustive'
      ? `(proven: all ${n} reachable states explored with exact values)`
      : proven === 'abstraction'
        ? `(proven by over-approximation; ${n} states explored)`
        : `within ${n} explored states${x.complete ? ' (indicators in buckets: a rare state can be missed)' : ' (bounded: raise --max-states)'}; no proof either way`;
  const verb = (never: string, not: string) => (proven ? never : not);
  if (target.kind === 'outcome') {
    const o = ir.outcomes.find((oc) => oc.id === target.outcome);
    const what =
      target.outcome === 'undecided'
        ? `no run ${verb('ends', 'ended')} undecided`
        : `outcome "${target.outcome}" ${verb('is never decided', 'was not decided')}`;
    const reasons = [`${what} ${where}`];
    if (o) {
      reasons.push(`its rule is ${o.rule.text}${o.lock ? '' : ', tried at the final deadline only'}`);
      for (const read of o.rule.reads.filter((r) => r.startsWith('actors.'))) {
        const actor = read.slice('actors.'.length);
        const m = new RegExp(`actors\\.${actor}\\s*==\\s*["']([\\w]+)["']`).exec(o.rule.text);
        if (m?.[1]) reasons.push(...reasonsFor(kernel, { kind: 'state', actor, state: m[1] }, x, proven).slice(1));
      }
    }
    return reasons;
  }
  const reasons = [`actor "${target.actor}" ${verb('never reaches', 'did not reach')} state "${target.state}" ${where}`];
  const actor = ir.actors.find((a) => a.id === target.actor);
  const into = ir.triggers.flatMap((t) =>
    t.transitions.filter((tr) => tr.actor === target.actor && actor?.stateById.get(tr.toLeaf)?.path.includes(target.state)).map((tr) => ({ t, tr })),
  );
  if (into.length === 0) return [...reasons, `no trigger has a transition of "${target.actor}" to "${target.state}"`];
  const ai = ir.actors.findIndex((a) => a.id === target.actor);
  for (const { t, tr } of into.slice(0, 4)) {
    const sourceOk = (k: KernelState) => {
      const leaf = kernel.leafNames[ai]?.[k.actorState[ai] as number] as string;
      return tr.from === null || tr.from.some((f) => actor?.stateById.get(leaf)?.path.includes(f));
    };
    const nearest = x.states.find((st) => !st.state.ended && sourceOk(st.state));
    if (!nearest) {
      reasons.push(
        `${t.id} moves it there from ${tr.from?.join(' or ') ?? 'any state'}, which "${target.actor}" ${verb('never reaches', 'did not reach in the explored states')}`,
      );
      continue;
    }
    const w = kernel.toWorld(nearest.state);
    const steps = pathTo(kernel, x, x.states.indexOf(nearest));
    const at = `nearest: after ${steps.length ? steps.join(', ') : 'no steps'}, "${target.actor}" is in "${w.actors[target.actor]}"`;
    if (t.kind === 'scheduled') reasons.push(`${at}; ${t.id} fires only with the clock`);
    const when = t.when ? describe(t.when, w, kernel) : null;
    if (when && !when.holds) reasons.push(`${at}; ${t.id} is blocked there: its precondition ${when.text} is false`);
    else if (tr.guard) {
      const after = { ...w, indicators: computeEffects(ir, t, w).indicators };
      reasons.push(
        `${at}; ${t.id} fires there, but the guard of transition ${tr.actor}[${tr.index}] is false after its effects: ${describe(tr.guard, after, kernel).text}`,
      );
    } else reasons.push(`${at}; ${t.id} cannot fire there`);
  }
  return reasons;
}
