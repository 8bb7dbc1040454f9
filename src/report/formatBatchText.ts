// A batch report for the terminal: odds with intervals, timing, a fan chart per indicator, sequences, attribution.
import type { BatchReport } from '../analysis/summarizeBatch.js';
import { escapeControl } from '../core/escapeControl.js';
import { wrapCells } from '../core/wrapCells.js';
import type { IR } from '../engine/ir.js';
import { intervalScope } from './intervalScope.js';
import { percentInterval } from './percentInterval.js';
import { provenanceLines } from './provenance.js';
import { replayCommand } from './replayCommand.js';
import { textOf } from './textOf.js';

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;

/** Formats a batch report for a terminal `width` columns wide; replay lines name `scenario` as the user did (undefined: the default one). */
export function formatBatchText(ir: IR, r: BatchReport, width: number, scenario: string | undefined): string {
  const out: string[] = [];
  out.push(
    `${textOf(ir.title)} (${r.scenario})`,
    ...(r.provenance ? provenanceLines(r.provenance).map((l) => `  ${l}`) : []),
    `${r.runs.toLocaleString('en-US')} runs from ${r.from}, seed ${r.seed}${r.partial ? '   PARTIAL: stopped early' : ''}`,
    '',
  );
  out.push('OUTCOME                      P      95% interval');
  const bar = (p: number) => '█'.repeat(Math.round(p * 20)).padEnd(20, '·');
  for (const [id, o] of Object.entries(r.outcomes)) {
    out.push(`${id.padEnd(22)} ${pct(o.p).padStart(7)}   ${pct(o.ci95[0]).padStart(6)} – ${pct(o.ci95[1]).padEnd(6)}  ${bar(o.p)}`);
  }
  if (r.undecided.count > 0) out.push(`${'undecided'.padEnd(22)} ${pct(r.undecided.p).padStart(7)}`);
  if (r.errors.count > 0) out.push(`${'stopped by an error'.padEnd(22)} ${pct(r.errors.p).padStart(7)}`);
  out.push(...wrapCells(`  ${intervalScope(ir)}`, width));
  out.push('', 'DECIDED IN (runs per month)');
  for (const [id, months] of Object.entries(r.decidedBy)) {
    out.push(
      `  ${id}: ${Object.entries(months)
        .map(([m, c]) => `${m} ${c}`)
        .join(', ')}`,
    );
  }
  out.push('', 'INDICATORS: 10th–90th percentile (─), median (●), at each month start and at the end');
  const axis = Math.max(20, width - 36);
  for (const ind of ir.indicators) {
    const series = r.bands[ind.id] ?? [];
    out.push(`  ${ind.id} (${ind.min}..${ind.max})`);
    const pos = (v: number) => Math.round(((v - ind.min) / (ind.max - ind.min || 1)) * (axis - 1));
    for (const pt of series) {
      const line = Array.from({ length: axis }, () => ' ');
      for (let x = pos(pt.p10); x <= pos(pt.p90); x++) line[x] = '─';
      line[pos(pt.p50)] = '●';
      out.push(`    ${pt.date.padEnd(7)} │${line.join('')}│ ${String(pt.p50).padStart(7)}`);
    }
  }
  out.push('', "COMMONEST SEQUENCES (first firings, in order; share of the outcome's runs, 95% interval)");
  for (const [id, seqs] of Object.entries(r.sequences)) {
    out.push(`  ${id}`);
    for (const s of seqs.slice(0, 3))
      out.push(`    ${percentInterval(s.p, s.ci95).padStart(17)}  ${s.sequence.length ? s.sequence.join(' → ') : '(nothing fired)'}`);
  }
  const ids = Object.keys(r.outcomes);
  // Each outcome column is as wide as its whole id (never cut), and as a share with its interval and ratio.
  const w = Math.max(24, ...ids.map((o) => o.length));
  out.push(
    '',
    'CONDITIONAL: P(outcome | it fired) with its 95% interval, and its ratio to P(outcome); an association, not an effect',
    '(effects: statecraft drivers). Few runs fired a rare trigger: read its interval before its ratio.',
    `  ${'trigger'.padEnd(30)} ${'fired'.padStart(17)}  ${ids.map((o) => o.padStart(w)).join(' ')}`,
  );
  const rows = Object.entries(r.conditional).filter(([, a]) => a.fired > 0);
  for (const [t, a] of rows) {
    const cells = ids.map((o) => {
      const x = a.outcomes[o];
      const ratio = x?.lift === null || x?.lift === undefined ? '–' : x.lift.toFixed(2);
      return `${x ? percentInterval(x.p, x.ci95) : '–'} ×${ratio}`.padStart(w);
    });
    out.push(`  ${t.padEnd(30)} ${percentInterval(a.firedP, a.firedCi95).padStart(17)}  ${cells.join(' ')}`);
  }
  const warnings: string[] = [];
  if (r.neverReached.length > 0) warnings.push(`not reached in these runs (not proven impossible: see statecraft check): ${r.neverReached.join(', ')}`);
  for (const [f, n] of Object.entries(r.forcedSkipped)) if (n > 0) warnings.push(`--force ${f} was skipped in ${n} runs (its precondition did not hold)`);
  if (r.problems.invariant + r.problems.error > 0) {
    warnings.push(`${r.problems.invariant} runs broke an invariant, ${r.problems.error} stopped on an error; to reproduce:`);
    const provenance = r.provenance ?? { seed: r.seed, sets: [], forces: [], from: null };
    for (const p of r.problems.examples) warnings.push(`  run ${p.run}: ${p.detail}\n    ${replayCommand({ scenario, provenance, triggers: ir.triggers }, p)}`);
  }
  if (warnings.length > 0) out.push('', 'WARNINGS', ...warnings.map((w) => `  ${w}`));
  // A merged shard's ids, sequences and problem details are not trusted: nothing in them may drive the terminal.
  return `${escapeControl(out.join('\n'))}\n`;
}
