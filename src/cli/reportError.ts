// Prints an error the way its kind deserves and returns the exit code: 1 user, 2 usage, 70 bug.
import { ScenarioError, UsageError, UserError } from '../core/errors.js';
import { escapeControl } from '../core/escapeControl.js';
import { formatDiagnostic } from '../core/formatDiagnostic.js';
import { fileError, isFileSystemError } from '../files/fileError.js';
import { catalogText, INTERFACE_LANGUAGES, t, withoutIsolates } from '../i18n/messages.js';

/**
 * Writes the error to stderr (a catalog error in `lang`, the language of the command's `--lang`); returns the process exit code.
 * A usage error ends with a line pointing to the help of `command`, not the help itself, which would push the error off a small screen.
 */
export function reportError(e: unknown, writeRaw: (text: string) => void, command?: string, lang?: string): number {
  // Messages quote user files (names, labels, JSON errors): never let them drive the terminal.
  const write = (text: string) => writeRaw(escapeControl(text));
  if (e instanceof ScenarioError) {
    write(`${e.diagnostics.map(formatDiagnostic).join('\n\n')}\n\n${e.message}\n`);
    return 1;
  }
  if (e instanceof UsageError) {
    write(`${errorLines(e, lang)}${command ? `${withoutIsolates(t(interfaceLanguage(lang), 'cli.seeHelp', { command }))}\n` : ''}`);
    return 2;
  }
  if (e instanceof UserError) {
    write(errorLines(e, lang));
    return 1;
  }
  if (isFileSystemError(e) && e.path !== undefined)
    return reportError(fileError(e, ['open', 'read', 'stat', 'scandir'].includes(e.syscall ?? '') ? 'read' : 'write', e.path), write, undefined, lang);
  const stack = e instanceof Error ? (e.stack ?? e.message) : String(e);
  write(`internal error: this is a bug in statecraft, please report it with the command you ran.\n${stack}\n`);
  return 70;
}

/** `lang` when the interface speaks it, else English. */
const interfaceLanguage = (lang: string | undefined) => (lang !== undefined && INTERFACE_LANGUAGES.includes(lang) ? lang : 'en');

/** `error: …` and `hint: …`, in `lang` when the error comes from the catalog (in logical order, as `run --lang` writes), else in English. */
function errorLines(e: UserError, lang: string | undefined): string {
  if (lang === undefined || lang === 'en' || !INTERFACE_LANGUAGES.includes(lang) || !e.text) return `error: ${e.message}\n${e.hint ? `hint: ${e.hint}\n` : ''}`;
  const { message, hint } = e.text;
  const line = (label: 'cli.error' | 'cli.hint', text: string) => `${withoutIsolates(t(lang, label, { text }))}\n`;
  return line('cli.error', catalogText(lang, message)) + (hint ? line('cli.hint', catalogText(lang, hint)) : '');
}
