#!/usr/bin/env node
// The `statecraft` executable: runs the command line on this process's arguments and sets its exit code.
import { reportError } from './reportError.js';
import { SUPERVISED, superviseCommand } from './superviseCommand.js';

/** A closed pipe on stdout (`statecraft list | head -1`) ends the program quietly. */
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

exitQuietlyOnClosedPipe();
const argv = process.argv.slice(2);
// Long commands run in a worker thread, so Ctrl+C and SIGTERM stop them within a second (superviseCommand).
(SUPERVISED.has(argv[0] ?? '') && !argv.includes('--help') && !argv.includes('-h')
  ? superviseCommand(argv)
  : import('./main.js').then(({ main }) => main(argv))
).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.exitCode = reportError(e, (text) => process.stderr.write(text));
  },
);
