// A scenario with every range replaced by its central value: what every command uses without --uncertainty.
import { centralOf } from './checkRanges.js';
import type { Scenario } from './scenarioSchema.js';
import { uncertainSites } from './uncertainSites.js';

type Indicator = Scenario['indicators'][string];

/** A scenario whose ranges were replaced by their central values: initial values are plain numbers again. */
export type CentralScenario = Omit<Scenario, 'indicators'> & { indicators: Record<string, Omit<Indicator, 'initial'> & { initial: number }> };

/** The scenario with each range written as its central number (the same object when it has none). */
export function centralScenario(s: Scenario): CentralScenario {
  const sites = uncertainSites(s);
  if (sites.length === 0) return s as CentralScenario;
  const copy = structuredClone(s) as Record<string, unknown>;
  for (const site of sites) {
    let node = copy;
    for (const key of site.path.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[site.path[site.path.length - 1] as string] = centralOf(site);
  }
  return copy as CentralScenario;
}
