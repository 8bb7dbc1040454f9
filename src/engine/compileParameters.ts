// Scenario ranges → the IR's uncertain parameters: each one fitted once, with where its drawn value goes.
import { type Distribution, fitDistribution } from '../scenario/fitDistribution.js';
import type { Scenario } from '../scenario/scenarioSchema.js';
import { uncertainSites } from '../scenario/uncertainSites.js';

/** An uncertain parameter: a range of the scenario, fitted. */
export type ParameterIR = {
  /** Document path, e.g. `triggers.isis_resurgence.chance`. */
  readonly id: string;
  readonly kind: 'chance' | 'initial' | 'add' | 'mul';
  /** The trigger (chance, add, mul) or indicator (initial) it belongs to. */
  readonly owner: string;
  readonly indicator: string | null;
  readonly distribution: Distribution;
};

/** The scenario's ranges as parameters, in file order (indicators first, then triggers). */
export function compileParameters(s: Scenario): ParameterIR[] {
  return uncertainSites(s).map((site) => ({
    id: site.path.join('.'),
    kind: site.kind,
    owner: site.owner,
    indicator: site.indicator,
    distribution: fitDistribution(site.value, site.bounds),
  }));
}
