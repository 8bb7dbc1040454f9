// Where a scenario compares an indicator with a constant: the thresholds at which a small change becomes a step.
import type { IR } from '../engine/ir.js';
import type { CompiledExpr } from '../scenario/checkExpressions.js';
import { type CelNode, memberOf, walkCel } from '../scenario/walkCel.js';

/** One comparison of an indicator with a constant, and where it is written. */
export type GuardThreshold = { readonly indicator: string; readonly threshold: number; readonly text: string; readonly path: string; readonly at: string };

const COMPARISONS = new Set(['<', '<=', '>', '>=', '==', '!=']);

const constantOf = (x: unknown): number | null => {
  const node = x as CelNode;
  if (node?.op !== 'value') return null;
  const v = typeof node.args === 'bigint' ? Number(node.args) : node.args;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
};

/** Every expression of the IR that decides something: preconditions, chances, guards, outcome rules, invariants. */
function expressionsOf(ir: IR): CompiledExpr[] {
  const out: CompiledExpr[] = [];
  for (const t of ir.triggers) {
    if (t.when) out.push(t.when);
    if (t.chance) out.push(t.chance);
    for (const x of t.transitions) if (x.guard) out.push(x.guard);
  }
  for (const o of ir.outcomes) out.push(o.rule);
  return out;
}

/** Every indicator-against-constant comparison in the scenario's conditions. */
export function guardThresholds(ir: IR): GuardThreshold[] {
  const out: GuardThreshold[] = [];
  for (const expr of expressionsOf(ir)) {
    walkCel(expr.ast, (node) => {
      if (!COMPARISONS.has(node.op) || !Array.isArray(node.args)) return;
      const [left, right] = node.args as [CelNode, CelNode];
      const member = memberOf(left) ?? memberOf(right);
      const threshold = constantOf(right) ?? constantOf(left);
      if (member?.root !== 'indicators' || threshold === null) return;
      out.push({ indicator: member.field, threshold, text: expr.text.slice(node.start, node.end), path: expr.path, at: expr.at });
    });
  }
  return out;
}

/** The thresholds on `indicator` that lie within [low, high]: moving its start across them is a step, not a slope. */
export function thresholdsCrossed(all: readonly GuardThreshold[], indicator: string, low: number, high: number): GuardThreshold[] {
  return all.filter((g) => g.indicator === indicator && g.threshold > low && g.threshold <= high);
}
