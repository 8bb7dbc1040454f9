// How many cases a property test tries: today's counts on CI, fewer on a laptop, any multiple on request.

/** Multiplier of every property test's case count: STATECRAFT_PROPERTY_SCALE if set, else 1 under CI=true, else 0.2. */
export const PROPERTY_SCALE = readScale(process.env);

/** The case count for a property written for `ciRuns` cases on CI (never fewer than 5). */
export function propertyRuns(ciRuns: number): number {
  return Math.max(5, Math.round(ciRuns * PROPERTY_SCALE));
}

function readScale(env: NodeJS.ProcessEnv): number {
  const given = env.STATECRAFT_PROPERTY_SCALE;
  if (given !== undefined && given !== '') {
    const scale = Number(given);
    if (!Number.isFinite(scale) || scale <= 0) throw new Error(`STATECRAFT_PROPERTY_SCALE must be a positive number, e.g. 1 or 0.2, not "${given}"`);
    return scale;
  }
  return env.CI === 'true' || env.CI === '1' ? 1 : 0.2;
}
