// Findings about what is reached, each with its grounds: a witness, an exhaustive search, an over-approximation, or only "not reached here".
import type { Kernel } from '../engine/kernel/createKernel.js';
import { type Exploration, type ExploredState, pathTo } from './exploreStates.js';
import type { ReachBound } from './overApproximate.js';

/** Only proven findings are errors or warnings; what a bounded search did not reach is a note. */
export type Severity = 'error' | 'warning' | 'note';

/**
 * What a finding rests on: `witness` (a replayable sequence shows it), `exhaustive` (every reachable state was explored
 * with exact values), `abstraction` (outside the over-approximation, or true of every value it allows), or
 * `file` (read from the file itself), or `not-reached` (a bounded or bucketed exploration did not reach it: no proof either way).
 */
export type Grounds = 'witness' | 'exhaustive' | 'abstraction' | 'file' | 'not-reached';

/** One finding; `steps` is a trigger sequence that shows it, when there is one; `at` is file:line:col when it has a place. */
export type Finding = {
  readonly severity: Severity;
  readonly grounds: Grounds;
  readonly code: string;
  readonly message: string;
  readonly steps?: readonly string[];
  readonly subject?: string;
  readonly at?: string;
};

/** Findings from explorations (their witnesses are pooled) and an over-approximation of the same scenario and start. */
export function reachFindings(kernel: Kernel, xs: readonly Exploration[], bound: ReachBound, o: { exhaustive: boolean; how: string }): Finding[] {
  const { ir } = kernel;
  const out: Finding[] = [];
  const leavesSeen = ir.actors.map(() => new Set<number>());
  const outcomesSeen = new Set<number>();
  const everEnabled = ir.triggers.map(() => false);
  type At = { x: Exploration; index: number };
  const broken = new Map<number, At>();
  let undecided: At | null = null;
  let firstError: At | null = null;
  for (const x of xs) {
    x.everEnabled.forEach((ever, t) => {
      if (ever) everEnabled[t] = true;
    });
    x.states.forEach((st: ExploredState, index) => {
      for (let a = 0; a < st.state.actorState.length; a++) leavesSeen[a]?.add(st.state.actorState[a] as number);
      if (st.state.outcome >= 0) outcomesSeen.add(st.state.outcome);
      else if (st.state.ended && st.state.error === null && !undecided) undecided = { x, index };
      if (st.state.error !== null && !firstError) firstError = { x, index };
      for (let i = kernel.firstViolation(st.state); i >= 0; i = kernel.firstViolation(st.state, i + 1)) if (!broken.has(i)) broken.set(i, { x, index });
    });
  }
  for (const [i, at] of [...broken].sort((a, b) => a[0] - b[0])) {
    const steps = pathTo(kernel, at.x, at.index);
    const subject = kernel.invariantIds[i] as string;
    out.push({
      severity: 'error',
      grounds: 'witness',
      code: 'invariant',
      subject,
      message: `invariant "${subject}" breaks after ${plural(steps.length, 'step')}`,
      steps,
    });
  }
  const dead = firstError as At | null;
  if (dead) {
    const error = (dead.x.states[dead.index] as ExploredState).state.error;
    out.push({
      severity: 'error',
      grounds: 'witness',
      code: 'dead-end',
      message: `an evaluation error stops the clock: ${error}`,
      steps: pathTo(kernel, dead.x, dead.index),
    });
  }
  /** A claim that something does not happen: proven, or only not reached in this exploration. */
  const absent = (code: string, subject: string, proven: boolean, never: string, notReached: string) => {
    const grounds: Grounds = proven ? 'abstraction' : o.exhaustive ? 'exhaustive' : 'not-reached';
    const noteCode =
      { 'unreachable-state': 'state-not-reached', 'unreachable-outcome': 'outcome-not-reached', 'never-enabled': 'trigger-not-enabled' }[code] ?? code;
    if (grounds === 'not-reached')
      out.push({ severity: 'note', grounds, code: noteCode, subject, message: `${notReached} in this exploration (${o.how}); not proven either way` });
    else
      out.push({ severity: 'warning', grounds, code, subject, message: `${never} (proven by ${proven ? 'over-approximation' : 'exhaustive exact search'})` });
  };
  ir.actors.forEach((a, ai) => {
    const names = kernel.leafNames[ai] as readonly string[];
    const seen = new Set(names.filter((_, li) => leavesSeen[ai]?.has(li)));
    const possible = bound.leaves.get(a.id) as ReadonlySet<string>;
    for (const st of a.states) {
      const covers = (set: ReadonlySet<string>) => (st.isLeaf ? set.has(st.id) : a.states.some((d) => d.isLeaf && d.path.includes(st.id) && set.has(d.id)));
      if (covers(seen)) continue;
      const what = `actor "${a.id}"`;
      absent('unreachable-state', `${a.id}=${st.id}`, !covers(possible), `${what} never reaches state "${st.id}"`, `${what} did not reach state "${st.id}"`);
    }
  });
  kernel.outcomeIds.forEach((id, oi) => {
    if (!outcomesSeen.has(oi))
      absent('unreachable-outcome', id, !bound.outcomes.has(id), `outcome "${id}" is never decided`, `outcome "${id}" was not decided`);
  });
  const open = undecided as At | null;
  if (open && ir.scenario.undecided === undefined)
    out.push({
      severity: 'warning',
      grounds: 'witness',
      code: 'undecided',
      message: 'some runs end with no outcome rule holding; say what that means with "undecided:"',
      steps: pathTo(kernel, open.x, open.index),
    });
  everEnabled.forEach((ever, t) => {
    const id = kernel.triggerIds[t] as string;
    if (!ever)
      absent('never-enabled', id, !bound.enabled.has(id), `trigger "${id}" can never fire: its precondition never holds`, `trigger "${id}" was not enabled`);
  });
  return out;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
