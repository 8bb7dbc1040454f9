// IR → kernel: the Monte Carlo back end. Same semantics as the XState machine, on typed arrays, no allocation per step.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { CelOpError } from '../../scenario/celOperators.js';
import type { CompiledExpr } from '../../scenario/checkExpressions.js';
import type { IR } from '../ir.js';
import { initialWorld, type World } from '../world.js';
import { KernelError } from './compileKernelExpr.js';
import { type KernelState, newKernelState } from './kernelState.js';
import { type Candidate, type KTrigger, kernelTables, whereOf } from './kernelTables.js';

/** Called for every trigger that fires in a rolled month (for sequences and attribution). */
export type FireListener = (trigger: number) => void;

/** The compiled kernel of a scenario: steps kernel states in place, with the XState machine's semantics. */
export interface Kernel {
  readonly ir: IR;
  readonly triggerIds: readonly string[];
  readonly outcomeIds: readonly string[];
  readonly invariantIds: readonly string[];
  /** Per actor, the state id of each leaf index. */
  readonly leafNames: readonly (readonly string[])[];
  /** Index of the first invariant at or after `from` that does not hold (or cannot be evaluated), or -1. No allocation. */
  firstViolation(k: KernelState, from?: number): number;
  newState(): KernelState;
  /** Loads a world (from the stepper or a session). */
  load(k: KernelState, w: World): void;
  /** Loads the scenario's start (after any outcome that locks in at once). */
  start(k: KernelState): void;
  /** The world a kernel state stands for (allocates; for tests and reports). */
  toWorld(k: KernelState): World;
  /** True when the trigger's precondition holds and the run has not ended. */
  enabled(k: KernelState, t: number): boolean;
  /** Fires a trigger whose precondition holds: effects, then transitions, then locking outcomes. */
  fire(k: KernelState, t: number): void;
  /** Ends the month: scheduled triggers (each told to `onFire`), then the clock (and the final decision after the last month). */
  advance(k: KernelState, onFire?: FireListener): void;
  /** The trigger indexes scheduled at the end of a month. */
  scheduledAt(month: number): readonly number[];
  /** Plays one month by chance, exactly as a rolled month of a session. */
  /** Plays one month by chance; actors marked in `played` (by index) make no move by chance. */
  rollMonth(k: KernelState, rng: RandomGenerator, onFire?: FireListener, played?: Uint8Array): void;
}

/** Builds the kernel from the IR. */
export function createKernel(ir: IR): Kernel {
  const { layout, leafIndex, min, max, triggers, outcomes, invariants, schedule, movesByActor, exogenous } = kernelTables(ir);
  const scratchEffects = new Float64Array(Math.max(1, ...triggers.map((t) => t.effects.length)));
  const locking = outcomes.flatMap((o, i) => (o.lock ? [i] : []));
  const scratchAct = new Int32Array(ir.actors.length);
  const scratchChance = new Float64Array(Math.max(1, ...movesByActor.map((m) => m.length)));
  const scratchMoves = new Int32Array(scratchChance.length);
  // Month-end drift toward a baseline (same formula as driftIndicators).
  const drifting = ir.indicators.flatMap((ind, i) => (ind.drift ? [{ i, toward: ind.drift.toward, rate: ind.drift.rate }] : []));

  const fail = (k: KernelState, source: CompiledExpr | string | null, e: unknown): false => {
    if (!(e instanceof CelOpError)) throw e;
    if (k.error === null) k.error = `${typeof source === 'string' ? source : whereOf(source)} failed: ${e.message}`;
    k.ended = true;
    return false;
  };
  const finite = (v: number): number => {
    if (!Number.isFinite(v)) throw new KernelError(`the result is ${v}`);
    return v;
  };

  /** Tries the outcome rules: locking ones always, every one once the clock has ended. */
  const settle = (k: KernelState): void => {
    if (k.outcome >= 0) return;
    const n = k.ended ? outcomes.length : locking.length;
    for (let i = 0; i < n; i++) {
      const o = k.ended ? i : (locking[i] as number);
      const out = outcomes[o] as (typeof outcomes)[number];
      let holds: boolean;
      try {
        holds = out.rule(k) === true;
      } catch (e) {
        fail(k, out.source, e);
        return;
      }
      if (holds) {
        k.outcome = o;
        k.ended = true;
        return;
      }
    }
  };

  /** True when the trigger's precondition holds and the run has not ended. */
  const enabled = (k: KernelState, t: number): boolean => {
    if (k.ended) return false;
    const when = (triggers[t] as KTrigger).when;
    if (!when) return true;
    try {
      return when(k) === true;
    } catch (e) {
      return fail(k, (triggers[t] as KTrigger).whenSource, e);
    }
  };

  /** Fires a trigger whose precondition holds: effects, then transitions, then locking outcomes. */
  const fire = (k: KernelState, t: number): void => {
    const trig = triggers[t] as KTrigger;
    const effects = trig.effects;
    if (effects.length > 0) {
      // Every effect reads the state before any of them applies; a later effect on the same indicator wins.
      for (let e = 0; e < effects.length; e++) {
        const eff = effects[e] as KTrigger['effects'][number];
        let v: number;
        try {
          v = finite(eff.fn(k) as number);
        } catch (err) {
          fail(k, eff.source, err);
          return;
        }
        const before = k.ind[eff.ind] as number;
        const raw = eff.op === 0 ? before + v : eff.op === 1 ? before * v : v;
        scratchEffects[e] = Math.min(max[eff.ind] as number, Math.max(min[eff.ind] as number, raw));
      }
      for (let e = 0; e < effects.length; e++) k.ind[(effects[e] as KTrigger['effects'][number]).ind] = scratchEffects[e] as number;
    }
    // Only the actors this trigger can move (not every actor): guards read the state before any of them moves.
    const moves = trig.moves;
    for (let m = 0; m < moves.length; m++) {
      const a = moves[m] as number;
      scratchAct[a] = k.actorState[a] as number;
      const list = (trig.candidates[m] as readonly (readonly Candidate[])[])[k.actorState[a] as number] as readonly Candidate[];
      for (let c = 0; c < list.length; c++) {
        const cand = list[c] as Candidate;
        let pass = true;
        if (cand.guard) {
          try {
            pass = cand.guard(k) === true;
          } catch (e) {
            fail(k, trig.id, e);
            return;
          }
        }
        if (pass) {
          scratchAct[a] = cand.to;
          break;
        }
      }
    }
    for (let m = 0; m < moves.length; m++) k.actorState[moves[m] as number] = scratchAct[moves[m] as number] as number;
    settle(k);
  };

  /** Ends the month: scheduled triggers (told to `onFire`), then the clock (and the final decision after the last month). */
  const advance = (k: KernelState, onFire?: FireListener): void => {
    const due = schedule[k.month] as number[];
    for (let i = 0; i < due.length && !k.ended; i++) {
      if (!enabled(k, due[i] as number)) continue;
      fire(k, due[i] as number);
      onFire?.(due[i] as number);
    }
    if (k.ended) return;
    for (let d = 0; d < drifting.length; d++) {
      const { i, toward, rate } = drifting[d] as (typeof drifting)[number];
      const v = k.ind[i] as number;
      k.ind[i] = Math.min(max[i] as number, Math.max(min[i] as number, v + rate * (toward - v)));
    }
    if (k.month < ir.months) k.month += 1;
    else k.ended = true;
    settle(k);
  };

  const chanceOf = (k: KernelState, t: number): number => {
    const trig = triggers[t] as KTrigger;
    if (trig.fixedChance >= 0) return trig.fixedChance;
    if (!trig.chance) return 0;
    try {
      return Math.min(1, Math.max(0, finite(Number(trig.chance(k)))));
    } catch (e) {
      fail(k, trig.chanceSource, e);
      return 0;
    }
  };

  /** Plays one month by chance, exactly as a rolled month of a session; actors marked in `played` (by index) make no move by chance. */
  const rollMonth = (k: KernelState, rng: RandomGenerator, onFire?: FireListener, played?: Uint8Array): void => {
    for (let i = 0; i < exogenous.length; i++) {
      const t = exogenous[i] as number;
      if (!enabled(k, t)) continue;
      if (uniformFloat64(rng) < chanceOf(k, t)) {
        fire(k, t);
        onFire?.(t);
      }
    }
    for (let a = 0; a < movesByActor.length; a++) {
      if (played?.[a] === 1) continue;
      const moves = movesByActor[a] as number[];
      let n = 0;
      let total = 0;
      for (let i = 0; i < moves.length; i++) {
        const t = moves[i] as number;
        if (!enabled(k, t)) continue;
        scratchMoves[n] = t;
        const c = chanceOf(k, t);
        scratchChance[n++] = c;
        total += c;
      }
      if (n === 0) continue;
      const u = uniformFloat64(rng) * Math.max(1, total);
      let acc = 0;
      for (let i = 0; i < n; i++) {
        acc += scratchChance[i] as number;
        if (u < acc) {
          fire(k, scratchMoves[i] as number);
          onFire?.(scratchMoves[i] as number);
          break;
        }
      }
    }
    if (!k.ended) advance(k, onFire);
  };

  /** Loads a world (from the stepper or a session) into a kernel state. */
  const load = (k: KernelState, w: World): void => {
    ir.indicators.forEach((ind, i) => {
      k.ind[i] = w.indicators[ind.id] as number;
    });
    ir.actors.forEach((a, i) => {
      k.actorState[i] = leafIndex(i, w.actors[a.id] as string);
    });
    k.month = w.month;
    k.ended = w.ended;
    k.outcome = w.outcome === null ? -1 : outcomes.findIndex((o) => o.id === w.outcome);
    k.error = null;
  };

  /** Loads the scenario's start (after any outcome that locks in at once). */
  const start = (k: KernelState): void => {
    load(k, initialWorld(ir));
    settle(k);
  };

  /** The world a kernel state stands for (allocates; for tests and reports). */
  const toWorld = (k: KernelState): World => ({
    month: k.month,
    indicators: Object.fromEntries(ir.indicators.map((ind, i) => [ind.id, k.ind[i] as number])),
    actors: Object.fromEntries(ir.actors.map((a, i) => [a.id, (layout.leafNames[i] as readonly string[])[k.actorState[i] as number] as string])),
    outcome: k.outcome >= 0 ? (outcomes[k.outcome]?.id as string) : null,
    ended: k.ended,
  });

  const firstViolation = (k: KernelState, from = 0): number => {
    for (let i = from; i < invariants.length; i++) {
      try {
        if ((invariants[i] as (typeof invariants)[number]).fn(k) !== true) return i;
      } catch {
        return i;
      }
    }
    return -1;
  };

  return {
    ir,
    triggerIds: triggers.map((t) => t.id),
    outcomeIds: outcomes.map((o) => o.id),
    invariantIds: invariants.map((inv) => inv.id),
    firstViolation,
    leafNames: layout.leafNames,
    newState: () => newKernelState(ir.indicators.length, ir.actors.length),
    load,
    start,
    toWorld,
    enabled,
    fire,
    advance,
    scheduledAt: (month) => schedule[month] ?? [],
    rollMonth,
  };
}
