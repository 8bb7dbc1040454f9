// Runs a task on a piscina pool, failing when the pool cannot start a worker (piscina reports that as an event and leaves the task waiting).
import type { Piscina } from 'piscina';

const failures = new WeakMap<Piscina, Promise<never>>();

/** Rejects with the first error the pool reports outside any task (a worker that cannot load its code). */
function failureOf(pool: Piscina): Promise<never> {
  let failure = failures.get(pool);
  if (!failure) {
    failure = new Promise<never>((_, reject) => {
      // `on`, not `once`: each thread that fails to start reports it, and an 'error' event with no listener would crash the process.
      pool.on('error', (e: unknown) => reject(new Error(`a worker thread could not start: ${e instanceof Error ? e.message : String(e)}`, { cause: e })));
    });
    // Nobody may be waiting when it happens: the rejection is read by the next task, not reported as unhandled.
    failure.catch(() => undefined);
    failures.set(pool, failure);
  }
  return failure;
}

/** `pool.run(task, options)`, rejected as soon as the pool fails to start a worker instead of waiting forever. */
export function runOnPool<T>(pool: Piscina, task: unknown, options: Parameters<Piscina['run']>[1] = {}): Promise<T> {
  return Promise.race([pool.run(task, options) as Promise<T>, failureOf(pool)]);
}
