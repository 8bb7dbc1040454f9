// Text typed by people (team names, notes, reasons) made inert in Markdown: no HTML, no links or images, no table breaks.

/** Escapes HTML and Markdown syntax and folds line breaks, so the text renders as itself inside a paragraph or a table cell. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, (c) => `\\${c}`);
}
