// How many cases a property test runs: the full count in CI (CI=true), a tenth locally; STATECRAFT_PROPERTY_SCALE overrides.

/** The number of runs for a property whose CI count is `full`. */
export function propertyRuns(full: number): number {
  const raw = process.env.STATECRAFT_PROPERTY_SCALE;
  const scale = raw !== undefined && Number.isFinite(Number(raw)) ? Number(raw) : process.env.CI === 'true' ? 1 : 0.1;
  return Math.max(1, Math.round(full * scale));
}

/** A test timeout that grows with the run count, so a slow machine never trips it (about 20 ms a case, at least 20 s). */
export function propertyTimeout(runs: number): number {
  return Math.max(20_000, runs * 20);
}
