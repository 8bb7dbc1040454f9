// Scenario ranges → the IR's uncertain parameters: each one fitted once, with where its drawn value goes.
import { type Distribution, fitDistribution } from '../scenario/fitDistribution.js';
import type { Scenario } from '../scenario/scenarioSchema.js';
import { uncertainSites } from '../scenario/uncertainSites.js';

/** An uncertain parameter: a range of the scenario, fitted. */
export type ParameterIR = {
  /** Document path, e.g. `triggers.isis_resurgence.chance`; a declared parameter is named as expressions read it, `params.NAME`. */
  readonly id: string;
  readonly kind: 'chance' | 'initial' | 'add' | 'mul' | 'parameter';
  /** The trigger (chance, add, mul), indicator (initial) or parameter name it belongs to. */
  readonly owner: string;
  readonly indicator: string | null;
  readonly distribution: Distribution;
};

/** The scenario's ranges as parameters, in file order (indicators first, then triggers, then declared parameters). */
export function compileParameters(s: Scenario): ParameterIR[] {
  return uncertainSites(s).map((site) => ({
    id: site.kind === 'parameter' ? `params.${site.owner}` : site.path.join('.'),
    kind: site.kind,
    owner: site.owner,
    indicator: site.indicator,
    distribution: fitDistribution(site.value, site.bounds),
  }));
}
