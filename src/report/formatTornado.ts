// Tornado charts: per outcome, the assumptions ranked by the swing in its probability from low to high.

/** One assumption's odds at its low and high value. */
export type SensitivityRow = {
  readonly parameter: string;
  readonly base: string;
  readonly low: string;
  readonly high: string;
  readonly lowOdds: Readonly<Record<string, number>>;
  readonly highOdds: Readonly<Record<string, number>>;
};

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;

/** A tornado chart per outcome, `top` rows each, ranked by |high − low|. */
export function formatTornado(
  scenario: string,
  runs: number,
  share: number,
  baseline: Readonly<Record<string, number>>,
  rows: readonly SensitivityRow[],
  top: number,
  swing = `±${Math.round(share * 100)}%`,
): string {
  const out = [`Sensitivity of ${scenario}: each assumption at ${swing}, ${runs.toLocaleString('en-US')} runs per variant (same seed)`, ''];
  const half = 20;
  const nameWidth = Math.max(...rows.map((r) => r.parameter.length));
  for (const [outcome, base] of Object.entries(baseline)) {
    const ranked = [...rows].sort(
      (a, b) => Math.abs((b.highOdds[outcome] ?? 0) - (b.lowOdds[outcome] ?? 0)) - Math.abs((a.highOdds[outcome] ?? 0) - (a.lowOdds[outcome] ?? 0)),
    );
    const maxSwing = Math.max(
      0.001,
      ...ranked.slice(0, top).flatMap((r) => [Math.abs((r.lowOdds[outcome] ?? 0) - base), Math.abs((r.highOdds[outcome] ?? 0) - base)]),
    );
    out.push(`${outcome}: baseline ${pct(base)}   (▓ low value, █ high value; left lowers, right raises the odds)`);
    for (const r of ranked.slice(0, top)) {
      const cells: string[] = Array.from({ length: half * 2 + 1 }, (_, i) => (i === half ? '│' : ' '));
      const paint = (p: number, ch: string) => {
        const n = Math.round(((p - base) / maxSwing) * half);
        for (let i = 1; i <= Math.abs(n); i++) cells[half + Math.sign(n) * i] = ch;
      };
      const lo = r.lowOdds[outcome] ?? 0;
      const hi = r.highOdds[outcome] ?? 0;
      if (Math.abs(lo - base) >= Math.abs(hi - base)) {
        paint(lo, '▓');
        paint(hi, '█');
      } else {
        paint(hi, '█');
        paint(lo, '▓');
      }
      out.push(`  ${r.parameter.padEnd(nameWidth)} ${cells.join('')} ${pct(lo).padStart(6)} → ${pct(hi).padStart(6)}`);
    }
    out.push('');
  }
  return `${out.join('\n')}`;
}

/** One row per assumption and outcome. */
export function sensitivityCsv(baseline: Readonly<Record<string, number>>, rows: readonly SensitivityRow[]): string {
  const lines = ['parameter,base,low,high,outcome,baseline_p,low_p,high_p,swing'];
  for (const r of rows) {
    for (const [o, b] of Object.entries(baseline)) {
      const lo = r.lowOdds[o] ?? 0;
      const hi = r.highOdds[o] ?? 0;
      lines.push([r.parameter, `"${r.base.replace(/"/g, '""')}"`, r.low, r.high, o, b, lo, hi, Math.round((hi - lo) * 1e4) / 1e4].join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}
