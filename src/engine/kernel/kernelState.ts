// The kernel's state: flat typed arrays that a Monte Carlo run mutates in place.

/** One run's state. Actor states are leaf indexes into each actor's state list. */
export type KernelState = {
  readonly ind: Float64Array;
  readonly actorState: Int32Array;
  month: number;
  ended: boolean;
  /** Index of the decided outcome, or -1. */
  outcome: number;
  /** The first evaluation error of the run, with where it happened. */
  error: string | null;
};

/** A fresh state with room for the given numbers of indicators and actors. */
export function newKernelState(indicators: number, actors: number): KernelState {
  return { ind: new Float64Array(indicators), actorState: new Int32Array(actors), month: 0, ended: false, outcome: -1, error: null };
}

/** Copies `from` into `to` without allocating. */
export function copyKernelState(from: KernelState, to: KernelState): void {
  to.ind.set(from.ind);
  to.actorState.set(from.actorState);
  to.month = from.month;
  to.ended = from.ended;
  to.outcome = from.outcome;
  to.error = from.error;
}
