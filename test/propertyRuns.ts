// How many cases a property test tries: its own figure scaled by STATECRAFT_PROPERTY_SCALE (default 1).

/** `base` property cases, scaled by the STATECRAFT_PROPERTY_SCALE environment variable (at least 1). */
export function propertyRuns(base: number): number {
  const scale = Number(process.env.STATECRAFT_PROPERTY_SCALE ?? '1');
  return Math.max(1, Math.round(base * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
