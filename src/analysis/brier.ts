// Scores for probability forecasts.

/** The Brier score of a forecast over outcomes against the one that happened: Σ (p − y)², from 0 (perfect) to 2. */
export function brier(p: Readonly<Record<string, number>>, happened: string): number {
  return Object.entries(p).reduce((sum, [o, q]) => sum + (q - (o === happened ? 1 : 0)) ** 2, 0);
}

/** A calibration table: forecasts binned by probability, with how often the outcome happened in each bin. */
export function calibration(
  forecasts: readonly { readonly p: number; readonly happened: boolean }[],
  bins = 5,
): { from: number; to: number; count: number; meanP: number; observed: number }[] {
  return Array.from({ length: bins }, (_, b) => {
    const from = b / bins;
    const to = (b + 1) / bins;
    const inBin = forecasts.filter((f) => (b === bins - 1 ? f.p >= from && f.p <= to : f.p >= from && f.p < to));
    const count = inBin.length;
    return {
      from,
      to,
      count,
      meanP: count ? inBin.reduce((a, f) => a + f.p, 0) / count : 0,
      observed: count ? inBin.filter((f) => f.happened).length / count : 0,
    };
  });
}
