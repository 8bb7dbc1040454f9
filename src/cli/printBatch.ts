// Prints a batch report in the chosen format.
import type { BatchReport } from '../analysis/summarizeBatch.js';
import type { IR } from '../engine/ir.js';
import { formatBatchCsv, formatBatchMarkdown } from '../report/formatBatchTables.js';
import { formatBatchText } from '../report/formatBatchText.js';
import { intervalScope } from '../report/intervalScope.js';

/** The report as text in `format` (table, json, csv or md); `scenario` as the user named it, for replay lines (undefined: the default). */
export function printBatch(ir: IR, report: BatchReport, format: string, width: number, scenario: string | undefined): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  if (format === 'csv') return formatBatchCsv(report);
  if (format === 'md') return formatBatchMarkdown(report, intervalScope(ir));
  return formatBatchText(ir, report, width, scenario);
}
