// Tells what an existing file at an output path is: one of statecraft's outputs (by its marks), or what it seems to be.
import { extname } from 'node:path';
import type { CatalogText } from '../core/errors.js';
import { parseJson } from '../core/parseJson.js';
import { msg } from '../i18n/userError.js';

/** The kinds of output statecraft writes whose files carry no `format` field of their own. */
export type OutputKind = 'report' | 'debrief' | 'script';

/** What a file is: a statecraft JSON `format`, one of the output kinds, or neither, with words for what it seems to be. */
export type Recognized = { readonly format: string | null; readonly kind: OutputKind | null; readonly seems: CatalogText };

/**
 * The marks statecraft writes, by kind, each anchored at the top of the file where statecraft writes it (never `/m`): a
 * user's notes that quote a report's line further down are not a report. Batch reports, table: the title line(s), ending
 * ` (ID)`, then the provenance line `  scenario ID (fingerprint HEX), seed N, N runs, statecraft V`, the what-if lines and
 * `N runs from YYYY-MM, seed N`; Markdown: `# Monte Carlo: ID`, a blank line and the provenance line of that ID; CSV: the
 * header and the first `meta` row; the --uncertainty and --given variants: their title and the line after it, in each
 * format. Debriefs: the title and the scenario line in each language (src/report/debrief/debriefMessages.ts), or the
 * head of the HTML page. Run scripts: the two comment lines of `counterexampleScript`. test/files/checkOutput.test.ts
 * writes every variant twice.
 */
const MARKS: Readonly<Record<OutputKind, readonly RegExp[]>> = {
  report: [
    /^(?:[^\n]+\n)*?[^\n]* \((\S+)\)\n {2}scenario \1 \(fingerprint [0-9a-f]+\), seed \d+, [\d,]+ runs, statecraft \S+\n(?: {2}[^\n]*\n)*[\d,]+ runs from \S+, seed \d+/,
    /^# Monte Carlo: (\S+)\n\n- scenario \1 \\\(fingerprint [0-9a-f]+\\\), seed \d+, [\d,]+ runs, statecraft \S+\n/,
    /^section,subject,key,value\nmeta,[^,\n]+,(runs|draws),\d+\n/,
    /^(?:[^\n]+\n)*?[^\n]* \(\S+\): odds with uncertain parameters\n[\d,]+ parameter draws × [\d,]+ runs = [\d,]+ runs from \S+, seed \d+/,
    /^# Odds with uncertain parameters: \S+\n\n\d+ parameter draws × \d+ runs = \d+ runs from \S+, seed \d+/,
    /^(?:[^\n]+\n)*?[^\n]* \(\S+\): odds given what was observed\n[\d,]+ runs, seed \d+; [\d,]+ runs \([^)\n]*\) matched:\n/,
    /^# Odds given observations: \S+\n\n\d+ of \d+ runs \(seed \d+\) matched:\n/,
    /^outcome,count,p,ci95_low,ci95_high,p_all,matched,runs\n/,
  ],
  debrief: [
    /^# Debrief: [^\n]*\n\nScenario \S+, seed \d+\.\n/,
    /^# استخلاص الدروس: [^\n]*\n\nالسيناريو \S+، البذرة \d+\.\n/,
    /^<!DOCTYPE html>\n<html lang="[^"\n]*" dir="(ltr|rtl)">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>(Debrief|استخلاص الدروس): [^<]*<\/title>\n/,
  ],
  script: [/^# [^\n]*\n# Replay: statecraft run --script THIS_FILE {4}Explore: statecraft play --script THIS_FILE\n/],
};

/** How much of the top of a file the marks are looked for in (a report's header is far shorter). */
const HEAD = 64 * 1024;

/** statecraft JSON formats that are batch reports (the plain report has none: its provenance marks it). */
const REPORT_FORMATS = ['statecraft-uncertainty', 'statecraft-conditional'];

/** Recognizes the text of the file at `path` (null when it could not be read whole, e.g. too large). */
export function recognizeOutput(path: string, text: string | null): Recognized {
  if (text === null) return { format: null, kind: null, seems: msg('seems.large') };
  const json = parseObject(text);
  if (json !== null) {
    const format = typeof json.format === 'string' ? json.format : null;
    const provenance = json.provenance as { statecraft?: unknown } | undefined;
    if ((format !== null && REPORT_FORMATS.includes(format)) || (format === null && isPlainReport(json, provenance)))
      return { format, kind: 'report', seems: msg('format.report') };
    if (format !== null) return { format, kind: null, seems: msg('format.other', { format }) };
    const pkg = typeof json.name === 'string' && typeof json.version === 'string';
    return { format: null, kind: null, seems: msg(pkg ? 'seems.package' : 'seems.json') };
  }
  const head = text.slice(0, HEAD);
  for (const kind of ['report', 'debrief', 'script'] as const) {
    if (MARKS[kind].some((mark) => mark.test(head))) return { format: null, kind, seems: msg(`format.${kind}`) };
  }
  return { format: null, kind: null, seems: seemsByName(path, text) };
}

/** The JSON of a plain batch report: its scenario, runs and outcomes, and the provenance that names statecraft. */
function isPlainReport(json: Record<string, unknown>, provenance: { statecraft?: unknown } | undefined): boolean {
  return typeof json.scenario === 'string' && typeof json.runs === 'number' && typeof json.outcomes === 'object' && typeof provenance?.statecraft === 'string';
}

function parseObject(text: string): Record<string, unknown> | null {
  if (!/^\s*\{/.test(text)) return null;
  try {
    const value: unknown = parseJson(text);
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
