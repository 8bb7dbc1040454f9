// Signposts from a worker thread, started on the first request: the UI stays responsive while thousands of runs are played.
import { Worker } from 'node:worker_threads';
import type { BatchJob } from './batchJob.js';
import { type SignpostsService, type SignpostsState, signpostsChannel } from './signpostsService.js';
import { workerScript } from './workerScript.js';

/** A service whose worker thread is made when the overlay first asks, and ended on close. */
export function createWorkerSignpostsService(job: BatchJob, runs: number, seed: number): SignpostsService {
  const channel = signpostsChannel();
  let worker: Worker | null = null;
  const start = () => {
    const { filename, execArgv } = workerScript('signpostsWorker');
    const w = new Worker(filename, { workerData: { job, runs, seed }, execArgv });
    w.unref();
    w.on('message', (state: SignpostsState) => channel.emit(state));
    w.on('error', (e) => channel.emit({ kind: 'error', message: e.message }));
    return w;
  };
  return {
    request(world) {
      worker ??= start();
      channel.emit({ kind: 'computing', done: 0, total: runs });
      worker.postMessage({ world });
    },
    cancel() {
      worker?.postMessage({ world: null });
    },
    subscribe: channel.subscribe,
    close() {
      channel.close();
      void worker?.terminate();
    },
  };
}
