// Renders a positioned problem the way compilers do: where, what, how to fix.
import type { Diagnostic } from './errors.js';

/** Formats one diagnostic as `file:line:col error[code]: message` plus path and hint. */
export function formatDiagnostic(d: Diagnostic): string {
  const lines = [`${d.file}:${d.line}:${d.column} error[${d.code}]: ${d.message}`];
  if (d.path) lines.push(`  at ${d.path}`);
  if (d.hint) lines.push(`  hint: ${d.hint}`);
  return lines.join('\n');
}
