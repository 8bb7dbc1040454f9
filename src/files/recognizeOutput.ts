// Tells what an existing file at an output path is: one of statecraft's outputs (by its marks), or what it seems to be.
import { extname } from 'node:path';
import type { CatalogText } from '../core/errors.js';
import { msg } from '../i18n/userError.js';

/** The kinds of output statecraft writes whose files carry no `format` field of their own. */
export type OutputKind = 'report' | 'debrief' | 'script';

/** What a file is: a statecraft JSON `format`, one of the output kinds, or neither, with words for what it seems to be. */
export type Recognized = { readonly format: string | null; readonly kind: OutputKind | null; readonly seems: CatalogText };

/**
 * The marks statecraft writes, by kind. Batch reports: the provenance (JSON `provenance.statecraft`, the line
 * `scenario ID (fingerprint HEX), seed N, N runs, statecraft V` in table and Markdown, `provenance,statecraft,version`
 * in CSV) or the title and header of the --uncertainty and --given variants; debriefs: their title in each language;
 * run scripts: the replay line of `counterexampleScript`. test/files/checkOutput.test.ts writes every variant twice.
 */
const MARKS: Readonly<Record<OutputKind, readonly RegExp[]>> = {
  report: [
    /^\s*-? ?scenario \S+ \\?\(fingerprint [0-9a-f]+\\?\), seed \d+, [\d,]+ runs, statecraft \S+$/m,
    /^provenance,statecraft,version,/m,
    /^# (Monte Carlo|Odds with uncertain parameters|Odds given observations): /,
    /^[^\n]*: (odds with uncertain parameters|odds given what was observed)\n/,
    /^section,subject,key,value\nmeta,[^,\n]+,(runs|draws),/,
    /^outcome,count,p,ci95_low,ci95_high,p_all,matched,runs\n/,
  ],
  debrief: [/^# (Debrief|استخلاص الدروس): /, /^<!DOCTYPE html>\n[\s\S]{0,400}<title>(Debrief|استخلاص الدروس): /],
  script: [/^# [^\n]*\n# Replay: statecraft run --script THIS_FILE {4}Explore: statecraft play --script THIS_FILE\n/],
};

/** statecraft JSON formats that are batch reports (the plain report has none: its provenance marks it). */
const REPORT_FORMATS = ['statecraft-uncertainty', 'statecraft-conditional'];

/** Recognizes the text of the file at `path` (null when it could not be read whole, e.g. too large). */
export function recognizeOutput(path: string, text: string | null): Recognized {
  if (text === null) return { format: null, kind: null, seems: msg('seems.large') };
  const json = parseObject(text);
  if (json !== null) {
    const format = typeof json.format === 'string' ? json.format : null;
    const provenance = json.provenance as { statecraft?: unknown } | undefined;
    if ((format !== null && REPORT_FORMATS.includes(format)) || (format === null && typeof provenance?.statecraft === 'string'))
      return { format, kind: 'report', seems: msg('format.report') };
    if (format !== null) return { format, kind: null, seems: msg('format.other', { format }) };
    const pkg = typeof json.name === 'string' && typeof json.version === 'string';
    return { format: null, kind: null, seems: msg(pkg ? 'seems.package' : 'seems.json') };
  }
  for (const kind of ['report', 'debrief', 'script'] as const) {
    if (MARKS[kind].some((mark) => mark.test(text))) return { format: null, kind, seems: msg(`format.${kind}`) };
  }
  return { format: null, kind: null, seems: seemsByName(path, text) };
}

function parseObject(text: string): Record<string, unknown> | null {
  if (!/^\s*\{/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function seemsByName(path: string, text: string): CatalogText {
  if (text.includes('\u0000')) return msg('seems.binary');
  const ext = extname(path).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return msg('seems.markdown');
  if (ext === '.html' || ext === '.htm') return msg('seems.html');
  if (ext === '.csv') return msg('seems.csv');
  if (ext === '.yaml' || ext === '.yml') return msg('seems.yaml');
  if (ext === '.json') return msg('seems.json');
  return msg('seems.text');
}
