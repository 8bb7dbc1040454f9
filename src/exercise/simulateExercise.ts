// The model's odds of an exercise, like for like: the rest of the exercise played as it will be, its injects at their dates and its month rule.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { parseMonth } from '../core/month.js';
import { type HistoryNode, pathTo } from '../engine/historyNode.js';
import type { Kernel } from '../engine/kernel/createKernel.js';
import { copyKernelState } from '../engine/kernel/kernelState.js';
import { seedRun } from '../engine/rng.js';
import type { World } from '../engine/world.js';
import type { Exercise } from '../scenario/exerciseSchema.js';
import { type ExerciseRun, type LogItem, playedActors } from './exerciseRun.js';

/** Where an exercise stands: its world, the decisions already made, and the first month whose injects are still to come. */
export type ExercisePoint = { readonly world: World; readonly decided: ReadonlySet<string>; readonly injectsFrom: number };

/** How many of `runs` simulated endings reached each outcome (`undecided` included), and how many failed to evaluate. */
export type ExerciseOdds = { readonly runs: number; readonly counts: Readonly<Record<string, number>>; readonly errors: number };

/** The point after the first `items` log items of a run (all of them by default). */
export function exercisePoint(run: ExerciseRun, items = run.log.length): ExercisePoint {
  const log = run.log.slice(0, items);
  const decided = new Set(log.flatMap((l) => (l.kind === 'entry' && l.entry.kind === 'decide' ? [l.entry.decision] : [])));
  return pointAt(pathTo(run.session.cursor), log[log.length - 1], items, decided);
}

/**
 * The points after 0, 1, …, n log items, in one pass over the log and the path (linear, where calling
 * `exercisePoint` for each would be quadratic). `decided` is one set that grows as the points go: read it before
 * taking the next point. `decisions` counts the decisions made, so (world, decisions, injectsFrom) tells points apart.
 */
export function* exercisePoints(run: ExerciseRun): Generator<ExercisePoint & { readonly items: number; readonly decisions: number }> {
  const nodes = pathTo(run.session.cursor);
  const decided = new Set<string>();
  const log = run.log;
  yield { ...pointAt(nodes, undefined, 0, decided), items: 0, decisions: 0 };
  for (let i = 0; i < log.length; i++) {
    const l = log[i] as LogItem;
    if (l.kind === 'entry' && l.entry.kind === 'decide') decided.add(l.entry.decision);
    yield { ...pointAt(nodes, l, i + 1, decided), items: i + 1, decisions: decided.size };
  }
}

/** The point whose last log item is `last`: the world of the latest node on the path within its steps. */
function pointAt(nodes: readonly HistoryNode[], last: LogItem | undefined, items: number, decided: ReadonlySet<string>): ExercisePoint {
  const steps = last ? last.toStep : 0;
  // The path's steps never decrease: the last node with steps ≤ `steps`, by bisection.
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((nodes[mid] as HistoryNode).steps <= steps) lo = mid + 1;
    else hi = mid;
  }
  const world = (nodes[Math.max(0, lo - 1)] as HistoryNode).world;
  const isAdvance = last?.kind === 'entry' && last.entry.kind === 'advance';
  return { world, decided, injectsFrom: isAdvance || items === 0 ? world.month : world.month + 1 };
}

/**
 * Simulates the rest of the exercise `runs` times from `point`: each month its injects fire (when they can), each decision not yet
 * made is taken uniformly among its options that can happen then (`pass` included when offered), and the month ends by the
 * exercise's rule (`scripted`: scheduled triggers only; `rolled`: a rolled month in which the roles' actors make no move by chance). Run i draws from (seed, i).
 */
export function simulateExercise(kernel: Kernel, exercise: Exercise, point: ExercisePoint, runs: number, seed: number): ExerciseOdds {
  const { ir } = kernel;
  const monthOf = (at: string) => (parseMonth(at) ?? 0) - ir.start;
  const index = (id: string) => kernel.triggerIds.indexOf(id);
  const injects = exercise.injects.filter((i) => i.fire !== undefined).map((i) => ({ month: monthOf(i.at), trigger: index(i.fire as string) }));
  const decisions = exercise.decisions
    .filter((d) => !point.decided.has(d.id))
    .map((d) => ({ month: monthOf(d.at), options: d.options.map((o) => (o === 'pass' ? -1 : index(o))) }));
  const counts: Record<string, number> = Object.fromEntries([...kernel.outcomeIds, 'undecided'].map((o) => [o, 0]));
  let errors = 0;
  const base = kernel.newState();
  kernel.load(base, point.world);
  const k = kernel.newState();
  const choices: number[] = [];
  const roles = playedActors(exercise);
  const played = Uint8Array.from(ir.actors, (a) => (roles.has(a.id) ? 1 : 0));
  for (let r = 0; r < runs; r++) {
    copyKernelState(base, k);
    k.error = null;
    const rng = xoroshiro128plusFromState(seedRun(seed, r));
    while (!k.ended) {
      const m = k.month;
      if (m >= point.injectsFrom) for (const inj of injects) if (inj.month === m && !k.ended && kernel.enabled(k, inj.trigger)) kernel.fire(k, inj.trigger);
      for (const d of decisions) {
        if (d.month !== m || k.ended) continue;
        choices.length = 0;
        for (const o of d.options) if (o < 0 || kernel.enabled(k, o)) choices.push(o);
        if (choices.length === 0) continue;
        const pick = choices[Math.floor(uniformFloat64(rng) * choices.length)] as number;
        if (pick >= 0) kernel.fire(k, pick);
      }
      if (k.ended) break;
      if (exercise.months === 'rolled') kernel.rollMonth(k, rng, undefined, played);
      else kernel.advance(k);
    }
    if (k.error !== null) errors++;
    else {
      const id = k.outcome >= 0 ? (kernel.outcomeIds[k.outcome] as string) : 'undecided';
      counts[id] = (counts[id] as number) + 1;
    }
  }
  return { runs, counts, errors };
}
