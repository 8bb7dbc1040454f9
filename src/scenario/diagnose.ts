// Builds a positioned diagnostic from a document path.
import type { Diagnostic } from '../core/errors.js';
import { locate, type Source } from './parseSource.js';

/** Formats a document path as `triggers.isis_resurgence.effects[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** A diagnostic positioned at `path` (its key or its value), or at an exact file offset when one is given. */
export function diagnose(
  source: Source,
  path: readonly PropertyKey[],
  code: string,
  message: string,
  hint?: string,
  options: { at?: 'key' | 'value'; offset?: number } = {},
): Diagnostic {
  const where = locate(source, path, options.at ?? 'value');
  let { line, column } = where;
  if (options.offset !== undefined) {
    const pos = source.lines.linePos(options.offset);
    line = pos.line;
    column = pos.col;
  }
  const d = { file: source.file, line, column, path: formatPath(path), code, message };
  return hint === undefined ? d : { ...d, hint };
}
