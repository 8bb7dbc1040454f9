// Text from outside the program (labels, team names, notes, reasons, shard contents) made inert in Markdown: no HTML, no links or images, no table breaks, no terminal escapes.
import { escapeControl } from '../../core/escapeControl.js';

/**
 * Escapes HTML and Markdown syntax, folds line breaks and shows control characters as `\xNN`, so the text renders as itself
 * inside a paragraph or a table cell, and `cat` of the file cannot drive a terminal. The one Markdown escaper of every report.
 */
export function escapeMarkdown(text: string): string {
  return escapeControl(
    text
      .replace(/\r\n?|\n/g, ' ')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`),
  );
}
