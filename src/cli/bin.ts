#!/usr/bin/env node
// The `statecraft` executable: runs the command line on this process's arguments and sets its exit code.
import { main } from './main.js';
import { reportError } from './reportError.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.exitCode = reportError(e, (text) => process.stderr.write(text));
  },
);
