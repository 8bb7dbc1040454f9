// The reachability questions a check must settle, and the first witness of each (and of each broken invariant) as states are explored.
import type { Kernel } from '../engine/kernel/createKernel.js';
import { copyKernelState, type KernelState } from '../engine/kernel/kernelState.js';
import { mayFailSomewhere } from './boundProofs.js';
import { scheduledFires } from './exploreStates.js';
import type { ReachBound } from './overApproximate.js';

/** What a question asks: can an actor be in a state, an outcome be decided, a trigger fire, a run end undecided, an evaluation error stop a run? */
export type QuestionKind = 'state' | 'outcome' | 'trigger' | 'undecided' | 'error';

/** One reachability question; `possible` is false when the over-approximation proves it cannot happen. */
export type Question = { readonly kind: QuestionKind; readonly subject: string; readonly possible: boolean };

/** Collects, while states are explored, the first witness of every question and of every broken invariant. */
export type ReachTracker = {
  readonly questions: readonly Question[];
  /** Per question, the steps of its first witness, or null. */
  readonly witness: (readonly string[] | null)[];
  /** Per invariant index, the first steps found that break it (sorted by index when read). */
  readonly broken: Map<number, readonly string[]>;
  /** The first evaluation error met, with its steps. */
  firstError: { readonly error: string; readonly steps: readonly string[] } | null;
  /** How many questions inside the over-approximation have no witness yet. */
  open(): number;
  /** Looks at a state reached by `steps()` (called only when it witnesses something new). */
  observe(k: KernelState, steps: () => string[]): void;
  /** Notes that trigger `t` fires from a state reached by `steps()`: by a person's move, or (`scheduled`) with the next `advance`. */
  fires(t: number, steps: () => string[]): void;
  /**
   * Whether the state `k` reached by a witness's prefix answers question `q` (the prefix is the whole witness, except a
   * trigger's: its last step, the trigger itself or the `advance` that fires it, must then be able to follow). `k` is not changed.
   */
  answers(q: number, k: KernelState): boolean;
};

/** The questions of a scenario, judged first against the over-approximation; the rest wait for witnesses. */
export function reachTracker(kernel: Kernel, bound: ReachBound): ReachTracker {
  const { ir } = kernel;
  const questions: Question[] = [];
  /** Per actor, per leaf index, the questions a state in that leaf answers (the leaf and the compound states holding it). */
  const byLeaf = kernel.leafNames.map((names) => names.map(() => [] as number[]));
  ir.actors.forEach((a, ai) => {
    const possible = bound.leaves.get(a.id) as ReadonlySet<string>;
    for (const st of a.states) {
      const leaves = a.states.filter((d) => d.isLeaf && d.path.includes(st.id)).map((d) => d.id);
      const q = questions.push({ kind: 'state', subject: `${a.id}=${st.id}`, possible: leaves.some((l) => possible.has(l)) }) - 1;
      (kernel.leafNames[ai] ?? []).forEach((leaf, li) => {
        if (leaves.includes(leaf)) byLeaf[ai]?.[li]?.push(q);
      });
    }
  });
  const outcomeQ = kernel.outcomeIds.map((id) => questions.push({ kind: 'outcome', subject: id, possible: bound.outcomes.has(id) }) - 1);
  const triggerQ = kernel.triggerIds.map((id) => questions.push({ kind: 'trigger', subject: id, possible: bound.enabled.has(id) }) - 1);
  const undecidedQ = questions.push({ kind: 'undecided', subject: 'undecided', possible: bound.undecided }) - 1;
  const errorQ = questions.push({ kind: 'error', subject: 'evaluation error', possible: mayFailSomewhere(ir, bound) }) - 1;
  const witness: (readonly string[] | null)[] = questions.map(() => null);
  let open = questions.filter((q) => q.possible).length;
  const leafDone = byLeaf.map((leaves) => new Uint8Array(leaves.length));
  const answer = (q: number, steps: () => readonly string[]) => {
    if (witness[q] !== null) return;
    witness[q] = steps();
    if ((questions[q] as Question).possible) open--;
  };
  const questionLeaves = questions.map((_, q) => byLeaf.map((leaves) => leaves.flatMap((qs, li) => (qs.includes(q) ? [li] : []))));
  const scratch = kernel.newState();
  const answers = (q: number, k: KernelState): boolean => {
    const question = questions[q] as Question;
    if (question.kind === 'state') return questionLeaves[q]?.some((lis, a) => lis.includes(k.actorState[a] as number)) ?? false;
    if (question.kind === 'outcome') return k.outcome >= 0 && outcomeQ[k.outcome] === q;
    if (question.kind === 'undecided') return k.ended && k.outcome < 0 && k.error === null;
    if (question.kind === 'error') return k.error !== null;
    const t = triggerQ.indexOf(q);
    if (ir.triggers[t]?.kind !== 'scheduled') return kernel.enabled(k, t);
    let fired = false;
    copyKernelState(k, scratch);
    scheduledFires(kernel, scratch, (s) => {
      if (s === t) fired = true;
    });
    return fired;
  };
  const tracker: ReachTracker = {
    answers,
    questions,
    witness,
    broken: new Map(),
    firstError: null,
    open: () => open,
    observe(k, steps) {
      for (let a = 0; a < k.actorState.length; a++) {
        const li = k.actorState[a] as number;
        const done = leafDone[a] as Uint8Array;
        if (done[li] === 1) continue;
        done[li] = 1;
        for (const q of byLeaf[a]?.[li] ?? []) answer(q, steps);
      }
      if (k.outcome >= 0) answer(outcomeQ[k.outcome] as number, steps);
      else if (k.ended && k.error === null) answer(undecidedQ, steps);
      if (k.error !== null && tracker.firstError === null) {
        tracker.firstError = { error: k.error, steps: steps() };
        answer(errorQ, () => tracker.firstError?.steps ?? []);
      }
      for (let i = kernel.firstViolation(k); i >= 0; i = kernel.firstViolation(k, i + 1)) if (!tracker.broken.has(i)) tracker.broken.set(i, steps());
    },
    fires(t, steps) {
      const q = triggerQ[t] as number;
      if (witness[q] === null) answer(q, () => [...steps(), ir.triggers[t]?.kind === 'scheduled' ? 'advance' : (kernel.triggerIds[t] as string)]);
    },
  };
  return tracker;
}
