// The thread a supervised command runs in (see superviseCommand): the main thread stays free to answer signals.
import { parentPort, workerData } from 'node:worker_threads';
import { countWritesIn } from '../files/writeGuard.js';
import { main } from './main.js';
import { reportError } from './reportError.js';

/** What the supervisor hands to the command thread. */
export type CommandWorkerData = {
  readonly argv: readonly string[];
  readonly writes: Int32Array;
  readonly stdout: { readonly isTTY: boolean; readonly columns: number | undefined };
  readonly stderr: { readonly isTTY: boolean; readonly columns: number | undefined };
};

const data = workerData as CommandWorkerData;
countWritesIn(data.writes);
// The thread's streams are pipes to the main thread: give them the terminal's traits, so output looks the same.
Object.assign(process.stdout, data.stdout);
Object.assign(process.stderr, data.stderr);
main(data.argv).then(
  (code) => parentPort?.postMessage({ code }),
  (e: unknown) => parentPort?.postMessage({ code: reportError(e, (text) => process.stderr.write(text)) }),
);
