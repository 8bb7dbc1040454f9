// Shortest trigger sequences to a target (an outcome, or an actor in a state), or why none exists.
import { computeEffects } from '../engine/computeEffects.js';
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { KernelState } from '../engine/kernel/kernelState.js';
import { activationOf, evaluate, readValues, type World } from '../engine/world.js';
import type { CompiledExpr } from '../scenario/checkExpressions.js';
import { type Exploration, type ExploredState, exploreStates, pathTo } from './exploreStates.js';

/** What to reach. */
export type Target = { readonly kind: 'outcome'; readonly outcome: string } | { readonly kind: 'state'; readonly actor: string; readonly state: string };

export type PathsResult =
  | {
      readonly reachable: true;
      readonly paths: readonly { readonly steps: readonly string[]; readonly world: World }[];
      readonly states: number;
      readonly complete: boolean;
    }
  | { readonly reachable: false; readonly reasons: readonly string[]; readonly states: number; readonly complete: boolean };

/** Finds up to `max` shortest paths to the target from `start` (null: the scenario's start). */
export function findPaths(kernel: Kernel, target: Target, o: { max: number; maxStates: number; buckets: number | 'auto'; start: World | null }): PathsResult {
  const matches = matcher(kernel, target);
  const explore = (buckets: number | null, maxStates: number) =>
    exploreStates(kernel, { buckets, maxStates, start: o.start, repeat: true, stopAt: matches, wanted: o.max });
  let x = explore(o.buckets === 'auto' ? null : o.buckets, o.buckets === 'auto' ? Math.min(o.maxStates, 20_000) : o.maxStates);
  if (o.buckets === 'auto' && !x.complete && x.matches.length < o.max) x = explore(3, o.maxStates);
  if (x.matches.length > 0) {
    return {
      reachable: true,
      paths: x.matches.map((i) => ({ steps: pathTo(kernel, x, i), world: kernel.toWorld((x.states[i] as ExploredState).state) })),
      states: x.states.length,
      complete: x.complete,
    };
  }
  return { reachable: false, reasons: reasonsFor(kernel, target, x), states: x.states.length, complete: x.complete };
}

function matcher(kernel: Kernel, target: Target): (k: KernelState) => boolean {
  if (target.kind === 'outcome') {
    const oi = kernel.outcomeIds.indexOf(target.outcome);
    return target.outcome === 'undecided' ? (k) => k.ended && k.outcome < 0 && k.error === null : (k) => k.outcome === oi;
  }
  const ai = kernel.ir.actors.findIndex((a) => a.id === target.actor);
  const actor = kernel.ir.actors[ai];
  const leaves = (kernel.leafNames[ai] ?? []).map((leaf, li) => (actor?.stateById.get(leaf)?.path.includes(target.state) ? li : -1)).filter((li) => li >= 0);
  return (k) => leaves.includes(k.act[ai] as number);
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

function reasonsFor(kernel: Kernel, target: Target, x: Exploration): string[] {
  const { ir } = kernel;
  const where = `in ${x.states.length.toLocaleString('en-US')} explored states${x.complete ? '' : ' (exploration bounded: raise --max-states)'}`;
  if (target.kind === 'outcome') {
    const o = ir.outcomes.find((oc) => oc.id === target.outcome);
    const reasons = [`outcome "${target.outcome}" is never decided ${where}`];
    if (o) {
      reasons.push(`its rule is ${o.rule.text}${o.lock ? '' : ', tried at the final deadline only'}`);
      for (const read of o.rule.reads.filter((r) => r.startsWith('actors.'))) {
        const actor = read.slice('actors.'.length);
        const m = new RegExp(`actors\\.${actor}\\s*==\\s*["']([\\w]+)["']`).exec(o.rule.text);
        if (m?.[1]) reasons.push(...reasonsFor(kernel, { kind: 'state', actor, state: m[1] }, x).slice(1));
      }
    }
    return reasons;
  }
  const reasons = [`actor "${target.actor}" never reaches state "${target.state}" ${where}`];
  const actor = ir.actors.find((a) => a.id === target.actor);
  const into = ir.triggers.flatMap((t) =>
    t.transitions.filter((tr) => tr.actor === target.actor && actor?.stateById.get(tr.toLeaf)?.path.includes(target.state)).map((tr) => ({ t, tr })),
  );
  if (into.length === 0) return [...reasons, `no trigger has a transition of "${target.actor}" to "${target.state}"`];
  const ai = ir.actors.findIndex((a) => a.id === target.actor);
  for (const { t, tr } of into.slice(0, 4)) {
    const sourceOk = (k: KernelState) => {
      const leaf = kernel.leafNames[ai]?.[k.act[ai] as number] as string;
      return tr.from === null || tr.from.some((f) => actor?.stateById.get(leaf)?.path.includes(f));
    };
    const nearest = x.states.find((st) => !st.state.ended && sourceOk(st.state));
    if (!nearest) {
      reasons.push(`${t.id} moves it there from ${tr.from?.join(' or ') ?? 'any state'}, which "${target.actor}" never reaches`);
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
