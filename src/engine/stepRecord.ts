// The explanation of one step: what was checked, with which values, and what changed.

/** A condition that was evaluated, with the values it read. */
export type GuardCheck = {
  /** What the condition belongs to, e.g. `precondition`, `transition krg[0]`, `outcome kurdistan_deal`. */
  readonly role: string;
  readonly expr: string;
  readonly at: string;
  readonly values: Readonly<Record<string, number | string>>;
  readonly passed: boolean;
};

/** An indicator change; `clamped` when the raw result fell outside the bounds. `drift` is the month-end pull toward a baseline. */
export type EffectChange = {
  readonly indicator: string;
  readonly op: 'add' | 'set' | 'mul' | 'drift';
  readonly expr: string;
  readonly before: number;
  readonly after: number;
  readonly raw: number;
  readonly clamped: boolean;
};

export type TransitionTaken = { readonly actor: string; readonly from: string; readonly to: string };

/** What happened in one step. Every consumer (run, TUI, debrief) reads this; none re-derives it. */
export type StepRecord = {
  /** Position in the session's timeline, from 1. */
  readonly index: number;
  /** The date the step happened in (`YYYY-MM`). */
  readonly date: string;
  /** A trigger id, `advance`, or `override:<indicator>`. */
  readonly trigger: string;
  /** How the step came about. */
  readonly cause: 'fired' | 'scheduled' | 'clock' | 'rolled' | 'override';
  readonly guards: readonly GuardCheck[];
  readonly effects: readonly EffectChange[];
  readonly transitions: readonly TransitionTaken[];
  /** Outcome after the step: `open`, an outcome id, or `undecided`. */
  readonly outcome: string;
  /** True when this step decided the outcome. */
  readonly decided: boolean;
  /** Invariants that do not hold after the step. */
  readonly violations: readonly string[];
  /** Scheduled triggers passed over because their precondition failed. */
  readonly skipped: readonly GuardCheck[];
};
