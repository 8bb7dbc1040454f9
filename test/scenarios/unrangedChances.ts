// Finds the probability terms of a scenario's chances that carry no range: the test that every chance is uncertain as written.
import type { CheckedScenario } from '../../src/scenario/readScenario.js';
import { isUncertain } from '../../src/scenario/uncertainSchema.js';
import { type CelNode, memberOf } from '../../src/scenario/walkCel.js';

/**
 * Per trigger, the literals that feed its chance as a probability term: reached from the top through ?: branches (not
 * conditions), + - * / and unary minus. Numbers inside a function call (`max(indicators.x - 50.0, 0.0)`) or added to an
 * indicator (`indicators.x - 50.0`) are thresholds and offsets of a scale, not probabilities. A probability term must be a
 * parameter (`params.NAME`) or 0. A chance written as a number without a range is listed whole.
 */
export function unrangedChances(checked: CheckedScenario): string[] {
  const out: string[] = [];
  for (const [id, t] of Object.entries(checked.scenario.triggers)) {
    if (t.chance === undefined || isUncertain(t.chance)) continue;
    const expr = checked.exprs.get(`triggers.${id}.chance`);
    if (!expr) continue;
    if (typeof t.chance === 'number') {
      out.push(`${id}: ${t.chance}`);
      continue;
    }
    const visit = (node: CelNode): void => {
      if (node.op === 'value') {
        if (node.param === undefined && typeof node.args === 'number' && node.args !== 0) out.push(`${id}: ${node.args}`);
        return;
      }
      const args = node.args as CelNode[];
      const isOffset = (node.op === '+' || node.op === '-') && args.some((x) => memberOf(x)?.root === 'indicators');
      if (node.op === '?:') for (const branch of args.slice(1)) visit(branch);
      else if (['+', '-', '*', '/'].includes(node.op) && !isOffset) for (const x of args) visit(x);
      else if (node.op === '-_') visit(node.args as CelNode);
    };
    visit(expr.ast);
  }
  return out;
}
