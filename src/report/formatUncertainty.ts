// The report of `batch --uncertainty` as terminal text (with a band chart per outcome), Markdown or CSV.
import type { UncertainOutcome, UncertaintyReport } from '../analysis/summarizeNested.js';
import type { IR } from '../engine/ir.js';
import { textOf } from './textOf.js';

const pct = (p: number, digits = 1) => `${(p * 100).toFixed(digits)}%`;
const share = (s: { share: number; se: number }) => (Number.isFinite(s.se) ? `${pct(s.share, 0)} ± ${pct(2 * s.se, 0)}` : pct(s.share, 0));
const rowsOf = (r: UncertaintyReport): [string, UncertainOutcome][] => [
  ...Object.entries(r.outcomes),
  ...(r.undecided.p > 0 ? [['undecided', r.undecided] as [string, UncertainOutcome]] : []),
];
const num = (x: number) => String(Math.round(x * 1e4) / 1e4);
const distText = (p: UncertaintyReport['parameters'][number]) =>
  p.dist === 'normal' ? `normal(${num(p.params[0])}, sd ${num(p.params[1])})` : `${p.dist}(${num(p.params[0])}, ${num(p.params[1])})`;

/** The report in a batch format: json, csv, md, or text for a terminal (`table`). */
export function formatUncertainty(ir: IR, r: UncertaintyReport, format: string): string {
  if (format === 'json') return `${JSON.stringify(r, null, 2)}\n`;
  if (format === 'csv') return formatUncertaintyCsv(r);
  if (format === 'md') return formatUncertaintyMarkdown(r);
  return formatUncertaintyText(ir, r);
}

/** The band of P across draws on a 0–100% axis: ─ from the 10th to the 90th percentile, ● at the median. */
export function bandChart(o: UncertainOutcome, width: number): string {
  const at = (p: number) => Math.min(width - 1, Math.max(0, Math.round(p * (width - 1))));
  const cells = Array.from({ length: width }, () => '·');
  for (let i = at(o.band.p10); i <= at(o.band.p90); i++) cells[i] = '─';
  cells[at(o.band.p10)] = '├';
  cells[at(o.band.p90)] = '┤';
  cells[at(o.band.p50)] = '●';
  return cells.join('');
}

/** The report for a terminal. */
export function formatUncertaintyText(ir: IR, r: UncertaintyReport): string {
  const out = [
    `${textOf(ir.title)} (${r.scenario}): odds with uncertain parameters`,
    `${r.draws.toLocaleString('en-US')} parameter draws × ${r.perDraw.toLocaleString('en-US')} runs = ${r.runs.toLocaleString('en-US')} runs from ${r.from}, seed ${r.seed}${r.partial ? '   PARTIAL: stopped early' : ''}`,
    '',
    `${'OUTCOME'.padEnd(22)} ${'P'.padStart(7)}   95% interval    ${'P ACROSS DRAWS: 10%'.padStart(19)}    50%    90%   0% ${''.padEnd(22)}100%`,
  ];
  for (const [id, o] of rowsOf(r)) {
    const band = `${pct(o.band.p10).padStart(6)} ${pct(o.band.p50).padStart(6)} ${pct(o.band.p90).padStart(6)}`;
    out.push(
      `${id.padEnd(22)} ${pct(o.p).padStart(7)}   ${pct(o.ci95[0]).padStart(6)} – ${pct(o.ci95[1]).padEnd(6)}  ${''.padEnd(12)}${band}   ${bandChart(o, 30)}`,
    );
  }
  if (r.parameters.length === 0) {
    out.push('', 'The scenario declares no ranges, so every draw is the same: the band is run noise only.');
    return `${out.join('\n')}\n`;
  }
  const rows = rowsOf(r);
  const noise = `run noise (${r.perDraw.toLocaleString('en-US')} runs per draw)`;
  const w = Math.max(noise.length, ...r.parameters.map((p) => p.id.length)) + 2;
  const cols = rows.map(([id]) => Math.max(12, id.length) + 2);
  out.push(
    '',
    'SHARE OF THE SPREAD ACROSS DRAWS (first-order variance share ± 2 s.e.)',
    `${'PARAMETER'.padEnd(w)}${rows.map(([id], i) => id.padStart(cols[i] as number)).join('')}`,
  );
  for (const p of r.parameters)
    out.push(`${p.id.padEnd(w)}${rows.map(([, o], i) => share(o.shares[p.id] ?? { share: 0, se: Number.NaN }).padStart(cols[i] as number)).join('')}`);
  out.push(`${noise.padEnd(w)}${rows.map(([, o], i) => pct(o.noiseShare, 0).padStart(cols[i] as number)).join('')}`);
  out.push(
    'The rest is interactions between parameters and estimation error.',
    '',
    'PARAMETERS (90% interval; the central value is what every command uses without --uncertainty)',
  );
  for (const p of r.parameters) out.push(`${p.id.padEnd(w)}${distText(p).padEnd(26)} ${num(p.low)} – ${num(p.high)}   central ${num(p.central)}`);
  return `${out.join('\n')}\n`;
}

/** The report as Markdown tables. */
export function formatUncertaintyMarkdown(r: UncertaintyReport): string {
  const out = [
    `# Odds with uncertain parameters: ${r.scenario}`,
    '',
    `${r.draws} parameter draws × ${r.perDraw} runs = ${r.runs} runs from ${r.from}, seed ${r.seed}.`,
    '',
  ];
  out.push('| outcome | P | 95% interval | 10% | 50% | 90% (across draws) | run noise |', '|---|---|---|---|---|---|---|');
  for (const [id, o] of rowsOf(r))
    out.push(
      `| ${id} | ${pct(o.p)} | ${pct(o.ci95[0])} – ${pct(o.ci95[1])} | ${pct(o.band.p10)} | ${pct(o.band.p50)} | ${pct(o.band.p90)} | ${pct(o.noiseShare, 0)} |`,
    );
  if (r.parameters.length > 0) {
    const rows = rowsOf(r);
    out.push(
      '',
      '## Share of the spread (first-order, ± 2 s.e.)',
      '',
      `| parameter | ${rows.map(([id]) => id).join(' | ')} |`,
      `|---|${rows.map(() => '---|').join('')}`,
    );
    for (const p of r.parameters) out.push(`| ${p.id} | ${rows.map(([, o]) => share(o.shares[p.id] ?? { share: 0, se: Number.NaN })).join(' | ')} |`);
    out.push('', '| parameter | distribution | 90% interval | central |', '|---|---|---|---|');
    for (const p of r.parameters) out.push(`| ${p.id} | ${distText(p)} | ${num(p.low)} – ${num(p.high)} | ${num(p.central)} |`);
  }
  return `${out.join('\n')}\n`;
}

/** One row per figure: section, subject, key, value. */
export function formatUncertaintyCsv(r: UncertaintyReport): string {
  const rows: (string | number)[][] = [['section', 'subject', 'key', 'value']];
  rows.push(['meta', r.scenario, 'draws', r.draws], ['meta', r.scenario, 'per_draw', r.perDraw], ['meta', r.scenario, 'seed', r.seed]);
  for (const [id, o] of rowsOf(r)) {
    rows.push(['outcome', id, 'p', o.p], ['outcome', id, 'ci95_low', o.ci95[0]], ['outcome', id, 'ci95_high', o.ci95[1]]);
    rows.push(
      ['outcome', id, 'p10', o.band.p10],
      ['outcome', id, 'p50', o.band.p50],
      ['outcome', id, 'p90', o.band.p90],
      ['outcome', id, 'noise_share', o.noiseShare],
    );
    for (const [param, s] of Object.entries(o.shares)) rows.push(['share', id, param, s.share], ['share_se', id, param, s.se]);
  }
  for (const p of r.parameters) rows.push(['parameter', p.id, 'low', p.low], ['parameter', p.id, 'high', p.high], ['parameter', p.id, 'central', p.central]);
  return `${rows.map((row) => row.join(',')).join('\n')}\n`;
}
