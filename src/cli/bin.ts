#!/usr/bin/env node
// The `statecraft` executable: runs the command line on this process's arguments and sets its exit code.

// React's development build (the default without NODE_ENV) doubles the time to the first frame and to each key's
// frame in `play`; the executable runs the production build unless the environment asks otherwise. Set before
// anything imports react, hence the dynamic imports below.
process.env.NODE_ENV ??= 'production';

/** A closed pipe on stdout (`statecraft list | head -1`) ends the program quietly. */
function exitQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

exitQuietlyOnClosedPipe();
const argv = process.argv.slice(2);
const [{ reportError }, { runsSupervised, superviseCommand }] = await Promise.all([import('./reportError.js'), import('./superviseCommand.js')]);
// Long commands run in a worker thread, so Ctrl+C and SIGTERM stop them within a second (superviseCommand).
(runsSupervised(argv) ? superviseCommand(argv) : import('./main.js').then(({ main }) => main(argv))).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.exitCode = reportError(e, (text) => process.stderr.write(text));
  },
);
