// The drivers report: interventional effects on each outcome, ranked by size, with paired intervals (text, md, csv, json).
import type { Provenance } from '../analysis/provenance.js';
import type { DriverRow } from '../analysis/rankDrivers.js';
import { escapeMarkdown as escapeMd } from './debrief/escapeMarkdown.js';
import { provenanceLines, provenanceRows } from './provenance.js';

/** What `statecraft drivers` reports. */
export type DriversReport = {
  title: string;
  provenance: Provenance;
  baseline: Record<string, { p: number; ci95: readonly [number, number] }>;
  /** Every effect, largest |ΔP| first. */
  effects: DriverRow[];
};

const pts = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;
const pct = (p: number) => `${(p * 100).toFixed(1)}%`;
const what = (r: DriverRow) => (r.intervention === 'ban' ? 'banned' : 'first chance');

/** The report as JSON (the contract), text for a terminal, Markdown, or CSV. */
export function formatDrivers(r: DriversReport, format: string, top: number): string {
  if (format === 'json') return `${JSON.stringify(r, null, 2)}\n`;
  if (format === 'csv') {
    const rows: (string | number)[][] = [['section', 'subject', 'key', 'value'], ...provenanceRows(r.provenance)];
    for (const e of r.effects)
      rows.push([
        'effect',
        `${e.trigger}:${e.intervention}`,
        e.outcome,
        [e.delta, e.ci95[0], e.ci95[1], e.excludesZero ? 'driver' : 'noise'].map((x) => (typeof x === 'number' ? Math.round(x * 1e4) / 1e4 : x)).join(' '),
      ]);
    return `${rows.map((row) => row.join(',')).join('\n')}\n`;
  }
  const shown = r.effects.slice(0, top);
  const runs = r.provenance.runs.toLocaleString('en-US');
  const intro = [
    `Each trigger banned (it never fires)${r.effects.some((e) => e.intervention === 'first-chance') ? ' or fired at its first chance' : ''}, on the same ${runs} random streams as the baseline.`,
    `ΔP = P(intervention) − P(baseline) in percentage points, with a paired 95% interval over ${runs} runs. A driver's interval leaves out 0.`,
  ];
  const base = Object.entries(r.baseline).map(([o, x]) => `${o} ${pct(x.p)} (${pct(x.ci95[0])}–${pct(x.ci95[1])})`);
  if (format === 'md') {
    const out = [
      `# ${escapeMd(r.title)}`,
      '',
      ...provenanceLines(r.provenance).map((l) => `- ${escapeMd(l)}`),
      '',
      ...intro,
      '',
      `Baseline: ${base.join(', ')}.`,
      '',
    ];
    out.push('| trigger | intervention | outcome | ΔP (points) | 95% interval | |', '|---|---|---|---|---|---|');
    for (const e of shown)
      out.push(
        `| ${e.trigger} | ${what(e)} | ${e.outcome} | ${pts(e.delta)} | ${pts(e.ci95[0])} to ${pts(e.ci95[1])} | ${e.excludesZero ? 'driver' : 'noise'} |`,
      );
    return `${out.join('\n')}\n`;
  }
  const out = [r.title, ...provenanceLines(r.provenance).map((l) => `  ${l}`), '', ...intro, '', `BASELINE  ${base.join('   ')}`, ''];
  const tw = Math.max(7, ...shown.map((e) => e.trigger.length));
  const ow = Math.max(7, ...shown.map((e) => e.outcome.length));
  out.push(`  ${'trigger'.padEnd(tw)}  ${'intervention'.padEnd(12)}  ${'outcome'.padEnd(ow)}  ${'ΔP'.padStart(6)}  95% interval`);
  for (const e of shown)
    out.push(
      `  ${e.trigger.padEnd(tw)}  ${what(e).padEnd(12)}  ${e.outcome.padEnd(ow)}  ${pts(e.delta).padStart(6)}  ${`${pts(e.ci95[0])} to ${pts(e.ci95[1])}`.padEnd(16)}  ${e.excludesZero ? 'driver' : '· noise (contains 0)'}`,
    );
  const drivers = r.effects.filter((e) => e.excludesZero).length;
  out.push('', `${drivers} of ${r.effects.length} effects leave out 0${r.effects.length > top ? `; the ${top} largest are shown (--top)` : ''}.`);
  return `${out.join('\n')}\n`;
}
