// Model checking: explore the reachable states and report what can never happen and what breaks.
import type { Kernel } from '../engine/kernel/createKernel.js';
import type { World } from '../engine/world.js';
import { type Exploration, type ExploredState, exploreStates, pathTo } from './exploreStates.js';

export type Severity = 'error' | 'warning';

/** One finding; `steps` is the shortest trigger sequence that shows it, when there is one. */
export type Finding = {
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
  readonly steps?: readonly string[];
  readonly subject?: string;
};

export type CheckReport = {
  readonly mode: 'exact' | 'bucketed';
  readonly buckets: number | null;
  readonly complete: boolean;
  readonly states: number;
  readonly findings: readonly Finding[];
};

/** How to explore: exact values, a number of buckets, or `auto` (exact if it fits in `exactLimit` states). */
export type CheckOptions = {
  readonly buckets: number | 'exact' | 'auto';
  readonly maxStates: number;
  readonly start: World | null;
  readonly exactLimit?: number;
};

/** Explores and collects findings. */
export function checkModel(kernel: Kernel, o: CheckOptions): CheckReport {
  let buckets: number | null = o.buckets === 'exact' || o.buckets === 'auto' ? null : o.buckets;
  let x = exploreStates(kernel, {
    buckets,
    maxStates: o.buckets === 'auto' ? Math.min(o.maxStates, o.exactLimit ?? 20_000) : o.maxStates,
    start: o.start,
    repeat: true,
  });
  if (o.buckets === 'auto' && !x.complete) {
    buckets = 3;
    x = exploreStates(kernel, { buckets, maxStates: o.maxStates, start: o.start, repeat: true });
  }
  return { mode: buckets === null ? 'exact' : 'bucketed', buckets, complete: x.complete, states: x.states.length, findings: findingsOf(kernel, x) };
}

function findingsOf(kernel: Kernel, x: Exploration): Finding[] {
  const { ir } = kernel;
  const out: Finding[] = [];
  const leavesSeen = ir.actors.map(() => new Set<number>());
  const outcomesSeen = new Set<number>();
  const broken = new Map<number, number>();
  let undecided = false;
  let firstError = -1;
  x.states.forEach((st: ExploredState, index) => {
    for (let a = 0; a < st.state.act.length; a++) leavesSeen[a]?.add(st.state.act[a] as number);
    if (st.state.outcome >= 0) outcomesSeen.add(st.state.outcome);
    else if (st.state.ended && st.state.error === null) undecided = true;
    if (st.state.error !== null && firstError < 0) firstError = index;
    for (let i = 0; i < kernel.invariantIds.length; i++) if (!broken.has(i) && kernel.violates(st.state, i)) broken.set(i, index);
  });
  for (const [i, index] of broken) {
    const steps = pathTo(kernel, x, index);
    out.push({
      severity: 'error',
      code: 'invariant',
      subject: kernel.invariantIds[i] as string,
      message: `invariant "${kernel.invariantIds[i]}" breaks after ${steps.length} step${steps.length === 1 ? '' : 's'}`,
      steps,
    });
  }
  if (firstError >= 0) {
    const st = x.states[firstError] as ExploredState;
    out.push({ severity: 'error', code: 'dead-end', message: `an evaluation error stops the clock: ${st.state.error}`, steps: pathTo(kernel, x, firstError) });
  }
  ir.actors.forEach((a, ai) => {
    const leaves = kernel.leafNames[ai] as readonly string[];
    const seen = leavesSeen[ai] as Set<number>;
    const reached = new Set(leaves.filter((_, li) => seen.has(li)));
    for (const st of a.states) {
      const ok = st.isLeaf ? reached.has(st.id) : a.states.some((d) => d.isLeaf && d.path.includes(st.id) && reached.has(d.id));
      if (!ok)
        out.push({ severity: 'warning', code: 'unreachable-state', subject: `${a.id}=${st.id}`, message: `actor "${a.id}" never reaches state "${st.id}"` });
    }
  });
  kernel.outcomeIds.forEach((id, oi) => {
    if (!outcomesSeen.has(oi)) out.push({ severity: 'warning', code: 'unreachable-outcome', subject: id, message: `outcome "${id}" is never decided` });
  });
  if (undecided && ir.scenario.undecided === undefined)
    out.push({ severity: 'warning', code: 'undecided', message: 'some runs end with no outcome rule holding; say what that means with "undecided:"' });
  x.everEnabled.forEach((ever, t) => {
    if (!ever)
      out.push({
        severity: 'warning',
        code: 'never-enabled',
        subject: kernel.triggerIds[t] as string,
        message: `trigger "${kernel.triggerIds[t]}" can never fire: its precondition never holds`,
      });
  });
  return out;
}
