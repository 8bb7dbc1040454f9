// An observation "EXPR by YYYY-MM": a condition on the world and the last month in which it may first hold.
import { UsageError } from '../core/errors.js';
import { formatMonth, parseMonth } from '../core/month.js';
import type { IR } from '../engine/ir.js';
import { compileKernelExpr, type KernelFn } from '../engine/kernel/compileKernelExpr.js';
import type { Kernel } from '../engine/kernel/createKernel.js';
import { checkOneExpression } from '../scenario/checkExpressions.js';
import { createCelEnvironment } from '../scenario/createCelEnvironment.js';
import { namesOf } from '../scenario/namesOf.js';
import { readsOf } from '../scenario/walkCel.js';

/** A compiled observation. */
export type Observation = { readonly text: string; readonly expr: string; readonly by: string; readonly month: number; readonly holds: KernelFn };

const FORM = 'write "EXPR by YYYY-MM", e.g. --given \'indicators.kurdistan_attacks >= 60 by 2026-01\'';

/** Compiles `text` for this kernel; a wrong form, expression or month is a usage error that says where. */
export function compileObservation(kernel: Kernel, text: string, option = '--given'): Observation {
  const { ir } = kernel;
  const m = /^(.*\S)\s+by\s+(\S+)\s*$/s.exec(text);
  if (!m) throw new UsageError(`${option} "${text}": no "by YYYY-MM" at the end`, FORM);
  const [, expr, by] = m as unknown as [string, string, string];
  const abs = parseMonth(by);
  if (abs === null) throw new UsageError(`${option} "${text}": "${by}" is not a month`, FORM);
  if (abs < ir.start || abs > ir.start + ir.months)
    throw new UsageError(
      `${option} "${text}": ${by} is outside the clock`,
      `pick a month from ${formatMonth(ir.start)} to ${formatMonth(ir.start + ir.months)}`,
    );
  const names = namesOf(ir.scenario);
  const checked = checkOneExpression(expr, 'bool', createCelEnvironment(names.indicators, [...names.actors.keys()]), names);
  if (!checked.ok) {
    const p = checked.problems[0];
    throw new UsageError(`${option} "${text}", column ${(p?.offset ?? 0) + 1}: ${p?.message}`, p?.hint || FORM);
  }
  const compiled = { text: expr, path: option, at: option, kind: 'bool' as const, reads: readsOf(checked.ast), ast: checked.ast, run: checked.run };
  return { text, expr, by, month: abs - ir.start, holds: compileKernelExpr(compiled, layoutOf(ir, kernel)) };
}

function layoutOf(ir: IR, kernel: Kernel) {
  return {
    indicatorIndex: new Map(ir.indicators.map((i, n) => [i.id, n])),
    actorIndex: new Map(ir.actors.map((a, n) => [a.id, n])),
    leafNames: kernel.leafNames,
    dates: Array.from({ length: ir.months + 1 }, (_, mo) => formatMonth(ir.start + mo)),
  };
}
