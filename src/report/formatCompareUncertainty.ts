// The report of `compare --uncertainty` as terminal text, Markdown or CSV: ΔP pooled over parameter draws, its band, how often its sign holds.
import type { UncertainCompareReport, UncertainDifference } from '../analysis/summarizePairedDraws.js';
import { csvRows } from './csvCell.js';
import { escapeMarkdown as escapeMd } from './debrief/escapeMarkdown.js';
import { provenanceLines, provenanceRows } from './provenance.js';

const pct = (p: number, digits = 1) => `${(p * 100).toFixed(digits)}%`;
const pts = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;
const share = (s: { share: number; se: number } | undefined) =>
  s === undefined ? '' : Number.isFinite(s.se) ? `${pct(s.share, 0)} ± ${pct(2 * s.se, 0)}` : pct(s.share, 0);

/** How the draws were played, in one sentence. */
function note(r: UncertainCompareReport): string {
  return `${r.draws.toLocaleString('en-US')} parameter draws × ${r.perDraw.toLocaleString('en-US')} runs each, seed ${r.seed}${r.partial ? ' (PARTIAL: stopped early)' : ''}: A and B play the same parameter values and the same runs in every draw (common random numbers).`;
}

/** What the parameters were, in words. */
function parameterLines(r: UncertainCompareReport): string[] {
  const { shared, onlyA, onlyB } = r.parameters;
  if (shared.length + onlyA.length + onlyB.length === 0) return ['Neither variant declares ranges: every draw is the same, and the band is run noise only.'];
  return [
    `Drawn alike in A and B: ${shared.join(', ') || 'none'}`,
    ...(onlyA.length ? [`Ranged in A only: ${onlyA.join(', ')}`] : []),
    ...(onlyB.length ? [`Ranged in B only: ${onlyB.join(', ')}`] : []),
  ];
}

/** Whether a difference holds beyond the noise and across the guesses, in words. */
function verdict(o: UncertainDifference): string {
  if (o.ci95[0] <= 0 && o.ci95[1] >= 0) return 'within noise (contains 0)';
  return o.band.p10 * o.band.p90 >= 0 ? 'differs' : 'differs on average, not in every draw';
}

/** The comparison as JSON, text (`table`), Markdown or CSV. */
export function formatCompareUncertainty(r: UncertainCompareReport, format: string): string {
  if (format === 'json') return `${JSON.stringify(r, null, 2)}\n`;
  const entries = Object.entries(r.outcomes);
  if (format === 'csv') {
    const rows: (string | number)[][] = [['section', 'subject', 'key', 'value']];
    rows.push(['meta', r.a.scenario.id, 'draws', r.draws], ['meta', r.a.scenario.id, 'per_draw', r.perDraw]);
    rows.push(...provenanceRows(r.a).map((row) => ['a', ...row.slice(1)]), ...provenanceRows(r.b).map((row) => ['b', ...row.slice(1)]));
    for (const [id, o] of entries)
      rows.push(
        ['outcome', id, 'p_a', o.pA],
        ['outcome', id, 'p_b', o.pB],
        ['outcome', id, 'delta', o.delta],
        ['outcome', id, 'delta_ci95_low', o.ci95[0]],
        ['outcome', id, 'delta_ci95_high', o.ci95[1]],
        ['outcome', id, 'delta_p10', o.band.p10],
        ['outcome', id, 'delta_p50', o.band.p50],
        ['outcome', id, 'delta_p90', o.band.p90],
        ['outcome', id, 'same_sign_share', o.sameSign],
        ['outcome', id, 'noise_share', o.noiseShare],
        ...Object.entries(o.shares).flatMap(([param, s]) => [
          ['share', id, param, s.share],
          ['share_se', id, param, s.se],
        ]),
      );
    return csvRows(rows);
  }
  const explain =
    'B − A is pooled over every run, with a 95% interval from its spread across draws; the band is B − A in the 10%, 50% and 90% of draws; "same sign" is the share of draws whose B − A has the sign of the pooled one; run noise is the part of the band\'s variance the runs of one draw alone would give.';
  if (format === 'md') {
    const out = [`# ${escapeMd(r.title)} under parameter uncertainty`, '', '**A**', '', ...provenanceLines(r.a).map((l) => `- ${escapeMd(l)}`)];
    out.push('', '**B**', '', ...provenanceLines(r.b).map((l) => `- ${escapeMd(l)}`), '', escapeMd(note(r)), '', ...parameterLines(r).map(escapeMd), '');
    out.push(escapeMd(explain), '', '| outcome | P(A) | P(B) | B − A (points) | 95% interval | 10% | 50% | 90% (across draws) | same sign | run noise | |');
    out.push('|---|---|---|---|---|---|---|---|---|---|---|');
    for (const [id, o] of entries)
      out.push(
        `| ${escapeMd(id)} | ${pct(o.pA)} | ${pct(o.pB)} | ${pts(o.delta)} | ${pts(o.ci95[0])} to ${pts(o.ci95[1])} | ${pts(o.band.p10)} | ${pts(o.band.p50)} | ${pts(o.band.p90)} | ${pct(o.sameSign, 0)} | ${pct(o.noiseShare, 0)} | ${verdict(o)} |`,
      );
    const params = Object.keys(entries[0]?.[1].shares ?? {});
    if (params.length > 0) {
      out.push(
        '',
        '## Share of the spread of B − A across draws (first-order, ± 2 s.e.)',
        '',
        `| parameter | ${entries.map(([id]) => escapeMd(id)).join(' | ')} |`,
      );
      out.push(
        `|---|${entries.map(() => '---|').join('')}`,
        ...params.map((p) => `| ${escapeMd(p)} | ${entries.map(([, o]) => share(o.shares[p])).join(' | ')} |`),
      );
    }
    return `${out.join('\n')}\n`;
  }
  const out = [`${r.title} under parameter uncertainty`, '  A:', ...provenanceLines(r.a).map((l) => `    ${l}`), '  B:'];
  out.push(...provenanceLines(r.b).map((l) => `    ${l}`), '', note(r), ...parameterLines(r), '');
  const w = Math.max(7, ...entries.map(([id]) => id.length));
  out.push(
    `  ${'outcome'.padEnd(w)}  ${'P(A)'.padStart(6)}  ${'P(B)'.padStart(6)}  ${'B − A'.padStart(6)}  ${'95% interval'.padEnd(16)}  B − A ACROSS DRAWS: 10%    50%    90%  SAME SIGN  RUN NOISE`,
  );
  for (const [id, o] of entries) {
    const band = `${pts(o.band.p10).padStart(6)} ${pts(o.band.p50).padStart(6)} ${pts(o.band.p90).padStart(6)}`;
    out.push(
      `  ${id.padEnd(w)}  ${pct(o.pA).padStart(6)}  ${pct(o.pB).padStart(6)}  ${pts(o.delta).padStart(6)}  ${`${pts(o.ci95[0])} to ${pts(o.ci95[1])}`.padEnd(16)}  ${''.padEnd(16)}${band}  ${pct(o.sameSign, 0).padStart(9)}  ${pct(o.noiseShare, 0).padStart(9)}  ${verdict(o)}`,
    );
  }
  out.push('', explain, ...shareLines(entries));
  return `${out.join('\n')}\n`;
}

/** Which guesses make the effect uncertain: per parameter its first-order share of the variance of B − A across draws. */
function shareLines(entries: readonly [string, UncertainDifference][]): string[] {
  const params = Object.keys(entries[0]?.[1].shares ?? {});
  if (params.length === 0) return [];
  const w = Math.max(...params.map((p) => p.length)) + 2;
  const cols = entries.map(([id]) => Math.max(12, id.length) + 2);
  return [
    '',
    'SHARE OF THE SPREAD OF B − A ACROSS DRAWS (first-order variance share ± 2 s.e.)',
    `${'PARAMETER'.padEnd(w)}${entries.map(([id], i) => id.padStart(cols[i] as number)).join('')}`,
    ...params.map((p) => `${p.padEnd(w)}${entries.map(([, o], i) => share(o.shares[p]).padStart(cols[i] as number)).join('')}`),
    `${'run noise'.padEnd(w)}${entries.map(([, o], i) => pct(o.noiseShare, 0).padStart(cols[i] as number)).join('')}`,
  ];
}
