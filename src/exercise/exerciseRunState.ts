// An exercise run as data: its session, the entries and log as persistent lists, and arrays of them built when read.
import type { CatalogText } from '../core/errors.js';
import type { Session } from '../engine/session.js';
import type { Entry } from '../scenario/exerciseEntry.js';
import type { Exercise } from '../scenario/exerciseSchema.js';
import { type Chain, chainToArray } from './chain.js';

/** Something that happened, with the month and the session steps it produced. */
export type LogItem = { readonly month: number; readonly fromStep: number; readonly toStep: number } & (
  | {
      readonly kind: 'inject';
      readonly inject: string;
      readonly fired: string | null;
      /** Why its trigger could not fire, in English; `skippedText` is the same as a catalog message, for another language. */
      readonly skipped: string | null;
      readonly skippedText?: CatalogText | undefined;
    }
  | { readonly kind: 'entry'; readonly entry: Entry; readonly undone?: Entry }
);

/** What a run holds; `entries` and `log` are read from the chains. */
export type RunState = {
  readonly exercise: Exercise;
  readonly session: Session;
  readonly previous: ExerciseRun | null;
  /**
   * The entries and the log as persistent lists: a run shares its predecessor's, so the n runs an exercise of n
   * entries keeps (for undo) hold O(n) between them, not O(n²).
   */
  readonly entryChain: Chain<Entry>;
  readonly logChain: Chain<LogItem>;
  /** The decisions made and not taken back. */
  readonly decided: Chain<string>;
  /** The month whose injects happened last (-1 before any). */
  readonly injected: number;
};

/** An exercise at one point: every entry gives a new run; `previous` is what undo returns to. */
export type ExerciseRun = RunState & {
  /** Every entry in order (undos included); an array built when first read. */
  readonly entries: readonly Entry[];
  /** What happened, in order (taken-back entries left out); an array built when first read. */
  readonly log: readonly LogItem[];
  /** The run before the last action that is not taken back (what undo returns to), or null at the start. */
  readonly previous: ExerciseRun | null;
};

/** The arrays read from each run, kept until the run becomes the one before another (then read again only if asked). */
const arrays = new WeakMap<ExerciseRun, { entries?: readonly Entry[]; log?: readonly LogItem[] }>();

/**
 * A run of `state`, its arrays built from the chains when first read (a replay reads none of them). The run before it
 * lets its arrays go, so a screen that reads every run's log still holds one array, not one per run undo can reach.
 */
export function makeRun(state: RunState): ExerciseRun {
  if (state.previous) arrays.delete(state.previous);
  const cached = (): { entries?: readonly Entry[]; log?: readonly LogItem[] } => {
    let c = arrays.get(run);
    if (!c) {
      c = {};
      arrays.set(run, c);
    }
    return c;
  };
  const run: ExerciseRun = {
    ...state,
    get entries() {
      const c = cached();
      c.entries ??= chainToArray(state.entryChain);
      return c.entries;
    },
    get log() {
      const c = cached();
      c.log ??= chainToArray(state.logChain);
      return c.log;
    },
  };
  return run;
}

/** The state of a run, without reading its arrays. */
export const stateOf = (run: ExerciseRun): RunState => ({
  exercise: run.exercise,
  session: run.session,
  previous: run.previous,
  entryChain: run.entryChain,
  logChain: run.logChain,
  decided: run.decided,
  injected: run.injected,
});
