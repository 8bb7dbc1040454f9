// The `parameters:` block: central values, a chance written as a number lies in 0..1, parameters nothing reads.
import type { Diagnostic } from '../core/errors.js';
import { centralOf } from './checkRanges.js';
import { diagnose } from './diagnose.js';
import type { Source } from './parseSource.js';
import type { Scenario } from './scenarioSchema.js';
import { isUncertain } from './uncertainSchema.js';
import { parameterBounds } from './uncertainSites.js';
import { type CelNode, paramsOf } from './walkCel.js';

/** The value each parameter stands for without --uncertainty: the number as written, or its range's central value. */
export function centralParameters(s: Scenario): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const [name, p] of Object.entries(s.parameters ?? {})) {
    const value = p.chance ?? p.value;
    if (typeof value === 'number') out.set(name, value);
    else if (isUncertain(value)) out.set(name, centralOf({ value, bounds: parameterBounds(p.chance !== undefined) }));
  }
  return out;
}

/** The problems of parameters written as plain numbers (ranges are checked with every other range). */
export function checkParameters(source: Source, s: Scenario): Diagnostic[] {
  return Object.entries(s.parameters ?? {}).flatMap(([name, p]) =>
    typeof p.chance === 'number' && (p.chance < 0 || p.chance > 1)
      ? [
          diagnose(
            source,
            ['parameters', name, 'chance'],
            'chance-range',
            `a chance lies in 0..1; ${p.chance} is outside`,
            'write e.g. 0.05, or use value: for a number that is not a probability',
          ),
        ]
      : [],
  );
}

/** Declared parameters that none of `exprs` reads, in file order: a `check` warning, as the file says more than the model uses. */
export function unusedParameters(s: Scenario, exprs: Iterable<{ readonly ast: CelNode } | null>): string[] {
  const used = new Set<string>();
  for (const e of exprs) if (e) for (const name of paramsOf(e.ast)) used.add(name);
  return Object.keys(s.parameters ?? {}).filter((name) => !used.has(name));
}
