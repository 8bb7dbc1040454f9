// Checks every range in a scenario: order, bounds, a shape that fits its kind. Each problem is positioned.
import type { Diagnostic } from '../core/errors.js';
import { diagnose } from './diagnose.js';
import { fitDistribution, rangeProblem } from './fitDistribution.js';
import type { Source } from './parseSource.js';
import type { Scenario } from './scenarioSchema.js';
import { uncertainSites } from './uncertainSites.js';

/** The problems of the scenario's ranges. */
export function checkRanges(source: Source, s: Scenario): Diagnostic[] {
  return uncertainSites(s).flatMap((site) => {
    const problem = rangeProblem(site.value, site.bounds);
    return problem ? [diagnose(source, site.path, problem.code, problem.message, problem.hint)] : [];
  });
}

/** The value a range stands for when uncertainty is not asked for: its fitted mean (or its midpoint when it cannot be fitted). */
export function centralOf(site: Pick<ReturnType<typeof uncertainSites>[number], 'value' | 'bounds'>): number {
  if (rangeProblem(site.value, site.bounds) === null) return fitDistribution(site.value, site.bounds).central;
  const v = site.value;
  return 'beta' in v ? v.beta[0] / (v.beta[0] + v.beta[1]) : Math.min(site.bounds.max, Math.max(site.bounds.min, v.mean ?? (v.low + v.high) / 2));
}
