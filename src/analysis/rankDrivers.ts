// Interventional attribution: how each outcome's odds move when a trigger is banned (or forced at its first chance).
import type { Kernel } from '../engine/kernel/createKernel.js';
import { type PairedOutcome, pairedDifference } from './pairedDifference.js';

/** What is done to a trigger: it never fires, or it fires at the start of the first month it can. */
export type Intervention = 'ban' | 'first-chance';

/** One intervention on one trigger, with the run-by-run outcomes it gave on the baseline's random streams. */
export type InterventionRun = { readonly trigger: string; readonly intervention: Intervention; readonly outcomes: Uint8Array };

/** The effect of an intervention on one outcome: ΔP = P(intervened) − P(baseline), with a paired 95% interval. */
export type DriverRow = PairedOutcome & { readonly trigger: string; readonly intervention: Intervention; readonly outcome: string; readonly runs: number };

/** The interventions worth running: a ban of every trigger; with `firstChance`, also forcing each non-scheduled one. */
export function interventionsOf(kernel: Kernel, firstChance: boolean): { trigger: string; intervention: Intervention }[] {
  const out: { trigger: string; intervention: Intervention }[] = kernel.triggerIds.map((trigger) => ({ trigger, intervention: 'ban' as const }));
  if (firstChance) {
    kernel.ir.triggers.forEach((t) => {
      if (t.kind !== 'scheduled') out.push({ trigger: t.id, intervention: 'first-chance' });
    });
  }
  return out;
}

/** Every (intervention, outcome) effect against the baseline, largest |ΔP| first (ties by trigger, then outcome). */
export function rankDrivers(outcomeIds: readonly string[], baseline: Uint8Array, runs: readonly InterventionRun[]): DriverRow[] {
  const rows: DriverRow[] = [];
  for (const r of runs) {
    pairedDifference(baseline, r.outcomes, outcomeIds.length).forEach((d, o) => {
      rows.push({ ...d, trigger: r.trigger, intervention: r.intervention, outcome: outcomeIds[o] as string, runs: baseline.length });
    });
  }
  return rows.sort(
    (a, b) =>
      Math.abs(b.delta) - Math.abs(a.delta) ||
      a.trigger.localeCompare(b.trigger) ||
      a.intervention.localeCompare(b.intervention) ||
      a.outcome.localeCompare(b.outcome),
  );
}

/** The rows that are drivers: effects whose interval leaves out 0. */
export const driversOnly = (rows: readonly DriverRow[]): DriverRow[] => rows.filter((r) => r.excludesZero);
