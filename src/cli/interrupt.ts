// Ctrl+C and SIGTERM as one event for the commands: from the process in the main thread, from the supervisor in a command worker.
import { isMainThread, parentPort } from 'node:worker_threads';

/** The signals that stop a command. */
export type StopSignal = 'SIGINT' | 'SIGTERM';

/** The exit code of a command stopped by `signal`: 128 + its number, as a shell reports it (130 for Ctrl+C, 143 for SIGTERM). */
export const exitCodeFor = (signal: StopSignal): number => (signal === 'SIGINT' ? 130 : 143);

/** The message a supervisor posts to its command worker when a signal arrives. */
export type InterruptMessage = { readonly interrupt: StopSignal };

const isInterrupt = (m: unknown): m is InterruptMessage =>
  typeof m === 'object' && m !== null && ((m as InterruptMessage).interrupt === 'SIGINT' || (m as InterruptMessage).interrupt === 'SIGTERM');

/** Calls `listener` once on the first stop signal; returns the function that stops listening. */
export function onInterrupt(listener: (signal: StopSignal) => void): () => void {
  let heard = false;
  const once = (signal: StopSignal) => {
    if (heard) return;
    heard = true;
    listener(signal);
  };
  if (!isMainThread && parentPort) {
    const port = parentPort;
    const onMessage = (m: unknown) => {
      if (isInterrupt(m)) once(m.interrupt);
    };
    port.on('message', onMessage);
    // A listener must not keep the worker alive once the command is done.
    port.unref();
    // The command stops by itself (and then prints its partial result): the supervisor gives it time to finish.
    port.postMessage({ handling: true });
    return () => port.off('message', onMessage);
  }
  const onInt = () => once('SIGINT');
  const onTerm = () => once('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return () => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  };
}

/** An abort signal that fires on the first stop signal, with the exit code to use; `dispose` stops listening. */
export function interruptController(): { signal: AbortSignal; code: () => number | null; dispose: () => void } {
  const controller = new AbortController();
  let stoppedBy: StopSignal | null = null;
  const dispose = onInterrupt((s) => {
    stoppedBy = s;
    controller.abort();
  });
  return { signal: controller.signal, code: () => (stoppedBy ? exitCodeFor(stoppedBy) : null), dispose };
}
