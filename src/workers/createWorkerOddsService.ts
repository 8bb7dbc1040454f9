// Live odds from a worker thread: the UI stays responsive while 10,000 runs are played.
import { Worker } from 'node:worker_threads';
import type { LiveOdds } from '../analysis/liveOdds.js';
import type { World } from '../engine/world.js';
import type { BatchJob } from './batchJob.js';
import { oddsChannel } from './oddsChannel.js';
import type { DriversState, OddsService } from './oddsService.js';
import { workerScript } from './workerScript.js';

/** Starts the worker; one request runs at a time and only the newest waiting world is kept. */
export function createWorkerOddsService(job: BatchJob, runs: number, seed: number): OddsService {
  const { filename, execArgv } = workerScript('oddsWorker');
  const worker = new Worker(filename, { workerData: { job, runs, seed }, execArgv });
  worker.unref();
  const channel = oddsChannel();
  let busy = false;
  let waiting: World | null = null;
  let id = 0;
  const driverListeners = new Set<(s: DriversState) => void>();
  let lastDrivers: DriversState = { kind: 'idle' };
  const send = (world: World) => {
    busy = true;
    worker.postMessage({ id: ++id, world });
  };
  worker.on('message', (msg: { id: number; odds?: LiveOdds; error?: string } | { drivers: DriversState }) => {
    if ('drivers' in msg) {
      lastDrivers = msg.drivers;
      for (const l of driverListeners) l(msg.drivers);
      return;
    }
    busy = false;
    if (waiting) {
      const next = waiting;
      waiting = null;
      send(next);
      return;
    }
    if (msg.id !== id) return;
    channel.emit(msg.odds ? { kind: 'ready', odds: msg.odds } : { kind: 'error', message: msg.error ?? 'unknown error' });
  });
  worker.on('error', (e) => channel.emit({ kind: 'error', message: e.message }));
  return {
    request(world) {
      channel.emit({ kind: 'computing', last: channel.lastOdds() });
      if (busy) waiting = world;
      else send(world);
    },
    subscribe: channel.subscribe,
    requestDrivers(world) {
      worker.postMessage({ drivers: world });
    },
    cancelDrivers() {
      worker.postMessage({ drivers: null });
    },
    subscribeDrivers(listener) {
      driverListeners.add(listener);
      listener(lastDrivers);
      return () => driverListeners.delete(listener);
    },
    close() {
      driverListeners.clear();
      channel.close();
      void worker.terminate();
    },
  };
}
