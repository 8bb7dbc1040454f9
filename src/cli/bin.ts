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
const [{ main }, { reportError }] = await Promise.all([import('./main.js'), import('./reportError.js')]);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.exitCode = reportError(e, (text) => process.stderr.write(text));
  },
);
