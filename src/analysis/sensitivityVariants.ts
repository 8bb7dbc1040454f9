// The low and high variant of each assumption: every trigger chance and every indicator's initial value.
import { centralScenario } from '../scenario/centralScenario.js';
import type { Scenario } from '../scenario/scenarioSchema.js';

/** One assumption moved down and up, as `--set` overrides. */
export type Variant = {
  readonly parameter: string;
  readonly base: string;
  readonly low: string;
  readonly high: string;
  readonly lowSet: string;
  readonly highSet: string;
};

const num = (x: number) => String(Math.round(x * 1e6) / 1e6);

/** Variants at ±`share` (0.5 = ±50%). Chances are scaled (the kernel keeps them within 0..1); initials stay within bounds. */
export function sensitivityVariants(written: Scenario, share: number): Variant[] {
  const s = centralScenario(written);
  const out: Variant[] = [];
  for (const [id, t] of Object.entries(s.triggers)) {
    if (t.chance === undefined || t.kind === 'scheduled') continue;
    const expr = String(t.chance);
    const low = `(${expr}) * ${num(1 - share)}`;
    const high = `(${expr}) * ${num(1 + share)}`;
    out.push({
      parameter: `triggers.${id}.chance`,
      base: expr,
      low: `×${num(1 - share)}`,
      high: `×${num(1 + share)}`,
      lowSet: `triggers.${id}.chance=${low}`,
      highSet: `triggers.${id}.chance=${high}`,
    });
  }
  for (const [id, ind] of Object.entries(s.indicators)) {
    const lo = Math.max(ind.min, ind.initial * (1 - share));
    const hi = Math.min(ind.max, ind.initial * (1 + share));
    if (lo === hi) continue;
    out.push({
      parameter: `indicators.${id}.initial`,
      base: num(ind.initial),
      low: num(lo),
      high: num(hi),
      lowSet: `indicators.${id}.initial=${num(lo)}`,
      highSet: `indicators.${id}.initial=${num(hi)}`,
    });
  }
  return out;
}
