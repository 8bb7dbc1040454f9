// The signposts report as terminal text or Markdown: per month, the events most worth watching.
import type { Ratio, SignpostsReport } from '../analysis/signposts.js';
import type { IR } from '../engine/ir.js';
import { textOf } from './textOf.js';

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;
const num = (x: number) => (x >= 10 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x >= 0.01 ? x.toFixed(2) : '<0.01');
/** A likelihood ratio with its interval, e.g. `×1.8 (1.7–1.9)`, or "too few runs". */
export const ratio = (r: Ratio | null | undefined) => (r ? `×${num(r.lr)} (${num(r.ci95[0])}–${num(r.ci95[1])})` : 'too few runs');
const LEGEND = [
  'LR = P(seen by then | outcome) ÷ P(seen by then | not outcome), with its 95% interval; above 1 the sign points toward the outcome.',
  'VALUE = expected fall in outcome entropy from watching it, in bits (how much it tells, whichever way it goes).',
];

/** The report for a terminal; `month` (YYYY-MM) keeps one month only. */
export function formatSignpostsText(ir: IR, r: SignpostsReport, month?: string): string {
  const outcomes = Object.keys(r.months.find((m) => m.best.length > 0)?.best[0]?.outcomes ?? {});
  const w = Math.max(30, ...r.months.flatMap((m) => m.best.map((b) => b.signpost.length))) + 2;
  const cols = outcomes.map((o) => Math.max(o.length, 20) + 2);
  const out = [
    `${textOf(ir.title)} (${r.scenario}): signposts to watch`,
    `${r.runs.toLocaleString('en-US')} runs, seed ${r.seed}; outcome entropy before watching: ${r.entropy.toFixed(2)} bits`,
    ...LEGEND,
    `Only events seen in at least ${r.minRuns} runs and missed in at least ${r.minRuns}; events that settle an outcome are left out.`,
  ];
  for (const m of r.months) {
    if (month !== undefined && m.date !== month) continue;
    out.push('', `BY THE END OF ${m.date}`);
    if (m.best.length === 0) {
      out.push('  (nothing observable yet tells the outcomes apart)');
      continue;
    }
    out.push(`  ${'SIGNPOST'.padEnd(w)}${'SEEN'.padStart(7)}${'VALUE'.padStart(8)}${outcomes.map((o, i) => o.padStart(cols[i] as number)).join('')}`);
    for (const b of m.best)
      out.push(
        `  ${b.signpost.padEnd(w)}${pct(b.seen).padStart(7)}${b.value.toFixed(3).padStart(8)}${outcomes.map((o, i) => ratio(b.outcomes[o]).padStart(cols[i] as number)).join('')}`,
      );
  }
  out.push('', 'These are conditional statistics of the model: seeing a signpost tells about the outcome; it does not cause it.');
  return `${out.join('\n')}\n`;
}

/** The report as Markdown. */
export function formatSignpostsMarkdown(r: SignpostsReport, month?: string): string {
  const outcomes = Object.keys(r.months.find((m) => m.best.length > 0)?.best[0]?.outcomes ?? {});
  const out = [
    `# Signposts: ${r.scenario}`,
    '',
    `${r.runs} runs, seed ${r.seed}; outcome entropy ${r.entropy.toFixed(2)} bits.`,
    '',
    ...LEGEND.map((l) => `${l}  `),
  ];
  for (const m of r.months) {
    if ((month !== undefined && m.date !== month) || m.best.length === 0) continue;
    out.push(
      '',
      `## By the end of ${m.date}`,
      '',
      `| signpost | seen | value (bits) | ${outcomes.join(' | ')} |`,
      `|---|---|---|${outcomes.map(() => '---|').join('')}`,
    );
    for (const b of m.best)
      out.push(`| \`${b.signpost}\` | ${pct(b.seen)} | ${b.value.toFixed(3)} | ${outcomes.map((o) => ratio(b.outcomes[o])).join(' | ')} |`);
  }
  return `${out.join('\n')}\n`;
}
