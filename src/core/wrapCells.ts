// Word-wrapping in terminal cells (wide and combining characters counted right), for reports and screens alike.
import stringWidth from 'string-width';

/** Word-wraps text to `width` cells, keeping its leading indentation; continuation lines get `indent` (default: the same). */
export function wrapCells(text: string, width: number, indent?: string): string[] {
  const leading = /^\s*/.exec(text)?.[0] ?? '';
  const next = indent ?? leading;
  const lines: string[] = [];
  let line = leading;
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const empty = line.trim() === '';
    const candidate = empty ? `${line}${word}` : `${line} ${word}`;
    if (stringWidth(candidate) <= width || empty) line = candidate;
    else {
      lines.push(line);
      line = `${next}${word}`;
    }
  }
  if (line.trim() !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}
