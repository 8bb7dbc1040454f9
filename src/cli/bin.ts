#!/usr/bin/env node
// The `statecraft` executable: runs the command line on this process's arguments and sets its exit code.
import { main } from './main.js';
import { reportError } from './reportError.js';

/** A closed pipe on stdout (`statecraft list | head -1`) ends the program quietly. */
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

exitQuietlyOnClosedPipe();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.exitCode = reportError(e, (text) => process.stderr.write(text));
  },
);
