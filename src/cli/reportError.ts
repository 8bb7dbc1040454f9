// Prints an error the way its kind deserves and returns the exit code: 1 user, 2 usage, 70 bug.
import { ScenarioError, UsageError, UserError } from '../core/errors.js';
import { escapeControl } from '../core/escapeControl.js';
import { formatDiagnostic } from '../core/formatDiagnostic.js';
import { fileError, isFileSystemError } from '../files/fileError.js';

/** Writes the error to stderr; returns the process exit code. */
export function reportError(e: unknown, writeRaw: (text: string) => void, help?: string): number {
  // Messages quote user files (names, labels, JSON errors): never let them drive the terminal.
  const write = (text: string) => writeRaw(escapeControl(text));
  if (e instanceof ScenarioError) {
    write(`${e.diagnostics.map(formatDiagnostic).join('\n\n')}\n\n${e.message}\n`);
    return 1;
  }
  if (e instanceof UsageError) {
    write(`error: ${e.message}\n${e.hint ? `hint: ${e.hint}\n` : ''}${help ? `\n${help}` : ''}`);
    return 2;
  }
  if (e instanceof UserError) {
    write(`error: ${e.message}\n${e.hint ? `hint: ${e.hint}\n` : ''}`);
    return 1;
  }
  if (isFileSystemError(e) && e.path !== undefined)
    return reportError(fileError(e, ['open', 'read', 'stat', 'scandir'].includes(e.syscall ?? '') ? 'read' : 'write', e.path), write);
  const stack = e instanceof Error ? (e.stack ?? e.message) : String(e);
  write(`internal error: this is a bug in statecraft, please report it with the command you ran.\n${stack}\n`);
  return 70;
}
