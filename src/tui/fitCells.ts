// Fits text to a column width in terminal cells (wide and combining characters counted right).
import stringWidth from 'string-width';

/** Truncates with "…" (never inside a number: a cut number is dropped whole) and pads with spaces so the text takes exactly `width` cells. */
export function fitCells(text: string, width: number): string {
  if (width <= 0) return '';
  const w = stringWidth(text);
  if (w <= width) return text + ' '.repeat(width - w);
  let out = '';
  let used = 0;
  for (const ch of text) {
    const cw = stringWidth(ch);
    if (used + cw > width - 1) break;
    out += ch;
    used += cw;
  }
  const chars = [...text];
  const next = chars[[...out].length] ?? '';
  if (/\p{Nd}/u.test(next) && /[\p{Nd},.٫٬]$/u.test(out)) {
    const kept = out.replace(/[\p{Nd},.٫٬]+$/u, '');
    used -= stringWidth(out) - stringWidth(kept);
    out = kept;
  }
  return `${out}…${' '.repeat(width - 1 - used)}`;
}

/** Pads on the left to `width` cells (for numbers). */
export function padStartCells(text: string, width: number): string {
  const w = stringWidth(text);
  return w >= width ? text : ' '.repeat(width - w) + text;
}

export { wrapCells } from '../core/wrapCells.js';
