// Signposts from a worker thread, started on the first request: the UI stays responsive while thousands of runs are played.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BatchJob } from './batchJob.js';
import { type SignpostsService, type SignpostsState, signpostsChannel } from './signpostsService.js';

/** A service whose worker thread is made when the overlay first asks, and ended on close. */
export function createWorkerSignpostsService(job: BatchJob, runs: number, seed: number): SignpostsService {
  const channel = signpostsChannel();
  let worker: Worker | null = null;
  const start = () => {
    const js = fileURLToPath(new URL('./signpostsWorker.js', import.meta.url));
    const fromSource = !existsSync(js);
    const w = new Worker(fromSource ? fileURLToPath(new URL('./signpostsWorker.ts', import.meta.url)) : js, {
      workerData: { job, runs, seed },
      execArgv: fromSource ? ['--import', 'tsx'] : [],
    });
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
