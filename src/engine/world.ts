// The state of a running scenario: the machine context, and what expressions read from it.
import type { CatalogText, UserError } from '../core/errors.js';
import { formatMonth } from '../core/month.js';
import { catalogText } from '../i18n/messages.js';
import { userErrorOf } from '../i18n/userError.js';
import type { Activation, CompiledExpr } from '../scenario/checkExpressions.js';
import type { IR } from './ir.js';

/** Everything that changes while a scenario runs. It is also the XState machine's context. */
export type World = {
  /** Months since the clock's start. */
  readonly month: number;
  readonly indicators: Readonly<Record<string, number>>;
  /** The innermost current state of each actor. */
  readonly actors: Readonly<Record<string, string>>;
  /** The decided outcome; null while open, or when the clock ended with no rule holding. */
  readonly outcome: string | null;
  /** True once an outcome locked in or the clock passed its last month. */
  readonly ended: boolean;
};

/** The world at the start of the clock, before any outcome rule is tried. */
export function initialWorld(ir: IR): World {
  return {
    month: 0,
    indicators: Object.fromEntries(ir.indicators.map((i) => [i.id, i.initial])),
    actors: Object.fromEntries(ir.actors.map((a) => [a.id, a.initial])),
    outcome: null,
    ended: false,
  };
}

/** The `YYYY-MM` date of a world. */
export function dateOf(ir: IR, world: World): string {
  return formatMonth(ir.start + world.month);
}

/** The variables an expression sees in this world. */
export function activationOf(ir: IR, world: World): Activation {
  return { indicators: world.indicators, actors: world.actors, month: BigInt(world.month), date: dateOf(ir, world) };
}

/** Thrown when an expression fails at run time (division by zero, a bad chance…). */
export class EvaluationFailure extends Error {
  /** The message as a catalog entry: the reason is the CEL library's English text, or one of the catalog's (`eval.*`). */
  readonly text: CatalogText;
  constructor(
    readonly expr: CompiledExpr,
    reason: string | CatalogText,
  ) {
    const text: CatalogText = { id: 'err.evaluation', params: { at: expr.at, path: expr.path, reason } };
    super(catalogText('en', text));
    this.name = 'EvaluationFailure';
    this.text = text;
  }
}

/** The user error for a failed expression, with the fix. */
export function evaluationError(e: EvaluationFailure): UserError {
  return userErrorOf(e.text, { id: 'err.evaluation.hint', params: {} });
}

/** Evaluates an expression; numbers come back as JS numbers. */
export function evaluate(expr: CompiledExpr, act: Activation): number | boolean {
  let value: unknown;
  try {
    value = expr.run(act);
  } catch (e) {
    throw new EvaluationFailure(expr, e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e));
  }
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new EvaluationFailure(expr, { id: 'eval.notFinite', params: { value: String(value) } });
    return value;
  }
  if (typeof value === 'boolean') return value;
  throw new EvaluationFailure(expr, { id: 'eval.wrongType', params: { type: typeof value } });
}

/** The values an expression reads, for explanations: `{"indicators.x": 40, "month": 2}`. */
export function readValues(expr: CompiledExpr, act: Activation): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const name of expr.reads) {
    const [root, field] = name.split('.') as [keyof Activation, string | undefined];
    const value = field === undefined ? act[root] : (act[root] as Record<string, number | string>)[field];
    out[name] = typeof value === 'bigint' ? Number(value) : (value as number | string);
  }
  return out;
}
