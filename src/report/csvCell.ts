// One CSV cell, safe to open in a spreadsheet: the text a file or a shard brought in stays text.
import { escapeControl } from '../core/escapeControl.js';

/** What a spreadsheet reads as the start of a formula (OWASP's CSV injection list). */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * A CSV cell: a number as written; a text with control characters shown as `\xNN`, a leading `'` when a spreadsheet would
 * run it as a formula (`=HYPERLINK(…)`, `@SUM(…)`; not a plain negative number), and quoted when it holds a quote, comma
 * or line break.
 */
export function csvCell(v: string | number): string {
  if (typeof v === 'number') return String(v);
  const shown = escapeControl(v);
  const text = FORMULA.test(shown) && !Number.isFinite(Number(shown)) ? `'${shown}` : shown;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV text, one line each. */
export const csvRows = (rows: readonly (readonly (string | number)[])[]): string => `${rows.map((row) => row.map(csvCell).join(',')).join('\n')}\n`;
