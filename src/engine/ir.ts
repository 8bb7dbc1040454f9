// The compiled form of a scenario: flat tables that both back ends are generated from.
import type { CompiledExpr } from '../scenario/checkExpressions.js';
import type { Scenario, Text } from '../scenario/scenarioSchema.js';

/** Monthly pull toward a baseline: at each month's end the value closes `rate` of its gap to `toward`. */
export type DriftIR = { readonly toward: number; readonly rate: number };

export type IndicatorIR = {
  readonly id: string;
  readonly min: number;
  readonly max: number;
  readonly initial: number;
  readonly drift: DriftIR | null;
};

export type StateIR = {
  readonly id: string;
  readonly parent: string | null;
  readonly isLeaf: boolean;
  /** For a compound state, the child entered first. */
  readonly initial: string | null;
  /** Ancestors from the outermost down to this state. */
  readonly path: readonly string[];
};

export type ActorIR = {
  readonly id: string;
  /** The innermost state the actor starts in. */
  readonly initial: string;
  readonly states: readonly StateIR[];
  readonly stateById: ReadonlyMap<string, StateIR>;
};

export type EffectIR = { readonly indicator: string; readonly op: 'add' | 'set' | 'mul'; readonly expr: CompiledExpr };

export type TransitionIR = {
  readonly actor: string;
  /** Position in the trigger's `transitions` list. */
  readonly index: number;
  /** Source states as written (compound states match their descendants); null matches any state. */
  readonly from: readonly string[] | null;
  /** Target as written, and the innermost state it enters. */
  readonly to: string;
  readonly toLeaf: string;
  readonly guard: CompiledExpr | null;
};

export type TriggerIR = {
  readonly id: string;
  readonly kind: 'exogenous' | 'move' | 'scheduled';
  readonly actor: string | null;
  readonly when: CompiledExpr | null;
  readonly chance: CompiledExpr | null;
  readonly effects: readonly EffectIR[];
  readonly transitions: readonly TransitionIR[];
  /**
   * For each actor and current leaf, the transitions that may fire, in the order they are tried:
   * innermost source state first, then file order (statechart priority).
   */
  readonly candidates: ReadonlyMap<string, ReadonlyMap<string, readonly TransitionIR[]>>;
};

export type OutcomeIR = { readonly id: string; readonly rule: CompiledExpr; readonly priority: number; readonly lock: boolean };

export type InvariantIR = { readonly id: string; readonly expr: CompiledExpr };

/** The single compiled truth of a scenario. */
export type IR = {
  readonly id: string;
  readonly title: Text;
  readonly fingerprint: string;
  /** The scenario as written, for labels, descriptions and sources. */
  readonly scenario: Scenario;
  /** Absolute month number of the clock's start; `month` counts from 0 there. */
  readonly start: number;
  /** Months from start to end: the last month index. */
  readonly months: number;
  readonly indicators: readonly IndicatorIR[];
  readonly actors: readonly ActorIR[];
  readonly triggers: readonly TriggerIR[];
  readonly triggerById: ReadonlyMap<string, TriggerIR>;
  /** Trigger ids scheduled at the end of each month index. */
  readonly schedule: ReadonlyMap<number, readonly string[]>;
  /** Outcomes in the order their rules are tried (ascending priority). */
  readonly outcomes: readonly OutcomeIR[];
  readonly invariants: readonly InvariantIR[];
};
