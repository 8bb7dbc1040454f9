// Runs a long command in a worker thread and keeps the main thread free for Ctrl+C and SIGTERM: a command stops within a second, even in the middle of an expression.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isWriting } from '../files/writeGuard.js';
import type { CommandWorkerData } from './commandWorker.js';
import { exitCodeFor, type StopSignal } from './interrupt.js';

/** Commands whose work can take long: they run supervised from the executable. */
export const SUPERVISED = new Set(['batch', 'drivers', 'compare', 'sensitivity', 'sweep', 'signposts', 'merge', 'check', 'paths', 'run']);

/** How long a command that does not handle signals itself runs on after one before it is stopped. */
export const GRACE_MS = 500;
/** How long a command that handles the signal (a batch writing its partial result) may take before it is stopped all the same: every command stops within a second. */
export const HANDLING_MS = 900;
/** After this long without a word from the command, a terminal shows that it is working. */
const QUIET_MS = 700;

/** The compiled worker beside this module; absent when the command line runs from source (`npx tsx src/cli/bin.ts`). */
const COMMAND_WORKER = fileURLToPath(new URL('./commandWorker.js', import.meta.url));

/** Whether `argv` runs supervised: a long command, from the built executable (from source, it runs in this thread). */
export function runsSupervised(argv: readonly string[]): boolean {
  return SUPERVISED.has(argv[0] ?? '') && !argv.includes('--help') && !argv.includes('-h') && existsSync(COMMAND_WORKER);
}

/** Runs `statecraft ARGV` in a worker thread; resolves to its exit code, or 130/143 when a signal stopped it. */
export function superviseCommand(argv: readonly string[]): Promise<number> {
  const writes = new Int32Array(new SharedArrayBuffer(4));
  const trait = (s: NodeJS.WriteStream) => ({ isTTY: s.isTTY === true, columns: s.columns });
  const workerData: CommandWorkerData = { argv, writes, stdout: trait(process.stdout), stderr: trait(process.stderr) };
  const worker = new Worker(COMMAND_WORKER, { workerData, stderr: true });
  const status = workingLine(argv[0] ?? '', worker);
  return new Promise((resolve) => {
    let code: number | null = null;
    let stoppedBy: StopSignal | null = null;
    let stopped = false;
    let handling = false;
    let signalledAt = 0;
    const stop = () => {
      if (stopped || code !== null) return;
      if (handling && performance.now() - signalledAt < HANDLING_MS) return void setTimeout(stop, 50).unref();
      // Never between an atomic write and its rename: wait for the write to end.
      if (isWriting(writes)) return void setTimeout(stop, 5);
      stopped = true;
      void worker.terminate();
    };
    const onSignal = (signal: StopSignal) => {
      if (stoppedBy) {
        handling = false;
        return stop();
      }
      stoppedBy = signal;
      signalledAt = performance.now();
      worker.postMessage({ interrupt: signal });
      setTimeout(stop, GRACE_MS).unref();
    };
    const onInt = () => onSignal('SIGINT');
    const onTerm = () => onSignal('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    worker.on('message', (m: { code?: number; handling?: boolean }) => {
      if (typeof m.code === 'number') code = m.code;
      if (m.handling === true) handling = true;
    });
    worker.on('error', (e) => {
      status.clear();
      process.stderr.write(`internal error: this is a bug in statecraft, please report it with the command you ran.\n${e.stack ?? e.message}\n`);
      code = 70;
    });
    worker.on('exit', () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      status.clear();
      if (stoppedBy && code === null) {
        process.stderr.write(`interrupted by ${stoppedBy}: statecraft ${argv[0]} stopped before it finished; nothing was printed or written\n`);
        return resolve(exitCodeFor(stoppedBy));
      }
      resolve(code ?? 70);
    });
  });
}

/** On a terminal, a line saying the command works while it prints nothing; the command's own stderr passes through. */
function workingLine(command: string, worker: Worker): { clear: () => void } {
  let shown = false;
  const clear = () => {
    if (shown) process.stderr.write('\r\x1b[2K');
    shown = false;
  };
  let timer: NodeJS.Timeout | undefined;
  const rearm = () => {
    clearTimeout(timer);
    if (!process.stderr.isTTY) return;
    timer = setTimeout(() => {
      process.stderr.write(`\rstatecraft ${command}: working… (Ctrl+C stops it) `);
      shown = true;
    }, QUIET_MS);
    timer.unref();
  };
  worker.stderr?.on('data', (chunk: Buffer) => {
    clear();
    process.stderr.write(chunk);
    rearm();
  });
  rearm();
  return {
    clear: () => {
      clearTimeout(timer);
      clear();
    },
  };
}
