// IR → kernel: the Monte Carlo back end. Same semantics as the XState machine, on typed arrays, no allocation per step.
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { IR } from '../ir.js';
import { initialWorld, type World } from '../world.js';
import { KernelError } from './compileKernelExpr.js';
import { type KernelState, newKernelState } from './kernelState.js';
import { type Candidate, type KTrigger, kernelTables } from './kernelTables.js';

/** Called for every trigger that fires in a rolled month (for sequences and attribution). */
export type FireListener = (trigger: number) => void;

/** The compiled kernel of a scenario. */
export type Kernel = ReturnType<typeof createKernel>;

/** Builds the kernel from the IR. */
export function createKernel(ir: IR) {
  const { layout, leafIndex, min, max, triggers, outcomes, invariants, schedule, movesByActor, exogenous } = kernelTables(ir);
  const scratchInd = new Float64Array(ir.indicators.length);
  const scratchAct = new Int32Array(ir.actors.length);
  const scratchChance = new Float64Array(Math.max(1, ...movesByActor.map((m) => m.length)));
  const scratchMoves = new Int32Array(scratchChance.length);
  // Month-end drift toward a baseline (same formula as driftIndicators).
  const drifting = ir.indicators.flatMap((ind, i) => (ind.drift ? [{ i, toward: ind.drift.toward, rate: ind.drift.rate }] : []));

  const fail = (k: KernelState, at: string, e: unknown): false => {
    if (!(e instanceof KernelError)) throw e;
    if (k.error === null) k.error = `${at} failed: ${e.message}`;
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
    for (let o = 0; o < outcomes.length; o++) {
      const out = outcomes[o] as (typeof outcomes)[number];
      if (!(out.lock || k.ended)) continue;
      let holds: boolean;
      try {
        holds = out.rule(k) === true;
      } catch (e) {
        fail(k, out.at, e);
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
      return fail(k, (triggers[t] as KTrigger).whenAt, e);
    }
  };

  /** Fires a trigger whose precondition holds: effects, then transitions, then locking outcomes. */
  const fire = (k: KernelState, t: number): void => {
    const trig = triggers[t] as KTrigger;
    const effects = trig.effects;
    if (effects.length > 0) {
      scratchInd.set(k.ind);
      for (let e = 0; e < effects.length; e++) {
        const eff = effects[e] as KTrigger['effects'][number];
        let v: number;
        try {
          v = finite(eff.fn(k) as number);
        } catch (err) {
          fail(k, eff.at, err);
          return;
        }
        const before = k.ind[eff.ind] as number;
        const raw = eff.op === 0 ? before + v : eff.op === 1 ? before * v : v;
        scratchInd[eff.ind] = Math.min(max[eff.ind] as number, Math.max(min[eff.ind] as number, raw));
      }
      k.ind.set(scratchInd);
    }
    scratchAct.set(k.act);
    for (let a = 0; a < scratchAct.length; a++) {
      const list = (trig.candidates[a] as readonly (readonly Candidate[])[])[k.act[a] as number] as readonly Candidate[];
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
    k.act.set(scratchAct);
    settle(k);
  };

  /** Ends the month: scheduled triggers, then the clock (and the final decision after the last month). */
  const advance = (k: KernelState): void => {
    const due = schedule[k.month] as number[];
    for (let i = 0; i < due.length && !k.ended; i++) if (enabled(k, due[i] as number)) fire(k, due[i] as number);
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
    if (!trig.chance) return 0;
    try {
      return Math.min(1, Math.max(0, finite(Number(trig.chance(k)))));
    } catch (e) {
      fail(k, trig.chanceAt, e);
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
    if (!k.ended) advance(k);
  };

  /** Loads a world (from the stepper or a session) into a kernel state. */
  const load = (k: KernelState, w: World): void => {
    ir.indicators.forEach((ind, i) => {
      k.ind[i] = w.indicators[ind.id] as number;
    });
    ir.actors.forEach((a, i) => {
      k.act[i] = leafIndex(i, w.actors[a.id] as string);
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
    actors: Object.fromEntries(ir.actors.map((a, i) => [a.id, (layout.leafNames[i] as readonly string[])[k.act[i] as number] as string])),
    outcome: k.outcome >= 0 ? (outcomes[k.outcome]?.id as string) : null,
    ended: k.ended,
  });

  /** Index of the first invariant that does not hold, or -1 (no allocation). */
  const firstViolation = (k: KernelState): number => {
    for (let i = 0; i < invariants.length; i++) {
      try {
        if ((invariants[i] as (typeof invariants)[number]).fn(k) !== true) return i;
      } catch {
        return i;
      }
    }
    return -1;
  };

  /** Whether invariant `i` fails (or cannot be evaluated) in a state. */
  const violates = (k: KernelState, i: number): boolean => {
    try {
      return (invariants[i] as (typeof invariants)[number]).fn(k) !== true;
    } catch {
      return true;
    }
  };

  /** Ids of invariants that do not hold. */
  const violations = (k: KernelState): string[] =>
    invariants
      .filter((inv) => {
        try {
          return inv.fn(k) !== true;
        } catch {
          return true;
        }
      })
      .map((inv) => inv.id);

  return {
    ir,
    triggerIds: triggers.map((t) => t.id),
    outcomeIds: outcomes.map((o) => o.id),
    invariantIds: invariants.map((inv) => inv.id),
    firstViolation,
    violates,
    leafNames: layout.leafNames,
    newState: () => newKernelState(ir.indicators.length, ir.actors.length),
    load,
    start,
    toWorld,
    enabled,
    fire,
    advance,
    rollMonth,
    violations,
  };
}
