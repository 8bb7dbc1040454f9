// `batch --over-time`: the batch report followed by its odds over time (cumulative incidence), in the chosen format.
import { cumulativeIncidence } from '../analysis/cumulativeIncidence.js';
import type { BatchReport } from '../analysis/summarizeBatch.js';
import { formatMonth, parseMonth } from '../core/month.js';
import type { IR } from '../engine/ir.js';
import { formatCumulativeCsv, formatCumulativeMarkdown, formatCumulativeText } from '../report/formatCumulative.js';
import { printBatch } from './printBatch.js';

/** The batch report with odds over time added: a table and chart (text, md), rows (csv) or a `cumulative` field (json). */
export function printOverTime(ir: IR, report: BatchReport, format: string, width: number, scenario: string | undefined): string {
  const first = parseMonth(report.from) ?? ir.start;
  const months = Array.from({ length: ir.start + ir.months - first + 1 }, (_, i) => formatMonth(first + i));
  const c = cumulativeIncidence(report, months);
  if (format === 'json') return `${JSON.stringify({ ...report, cumulative: c }, null, 2)}\n`;
  const base = printBatch(ir, report, format, width, scenario);
  if (format === 'csv') return base + formatCumulativeCsv(c);
  return base + (format === 'md' ? formatCumulativeMarkdown(c) : formatCumulativeText(c));
}
