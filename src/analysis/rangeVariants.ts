// Sensitivity over the scenario's own ranges: each ranged chance and initial value at its 5% and 95% quantiles, the rest central.
import type { IR } from '../engine/ir.js';
import type { Variant } from './sensitivityVariants.js';

const num = (x: number) => String(Math.round(x * 1e6) / 1e6);

/** The low and high variant of every range that `--set` can move (chances, initial values, parameters; effect sizes are left out). */
export function rangeVariants(ir: IR): Variant[] {
  return ir.parameters.flatMap((p) => {
    if (p.kind !== 'chance' && p.kind !== 'initial' && p.kind !== 'parameter') return [];
    const d = p.distribution;
    const path = p.kind === 'parameter' ? p.id : p.kind === 'chance' ? `triggers.${p.owner}.chance` : `indicators.${p.owner}.initial`;
    return [{ parameter: path, base: num(d.central), low: num(d.low), high: num(d.high), lowSet: `${path}=${num(d.low)}`, highSet: `${path}=${num(d.high)}` }];
  });
}
