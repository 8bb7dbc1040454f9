import { EventEmitter } from 'node:events';
import type { Piscina } from 'piscina';
import { describe, expect, it } from 'vitest';
import { runOnPool } from '../../src/workers/runOnPool.js';

/** A pool whose workers never start: tasks wait forever, and each failing thread emits 'error'. */
const deadPool = () => Object.assign(new EventEmitter(), { run: () => new Promise<never>(() => undefined) }) as unknown as Piscina & EventEmitter;

describe('runOnPool', () => {
  it('should reject every waiting task when a worker cannot start, and survive each further thread that fails', async () => {
    const pool = deadPool();
    const first = runOnPool(pool, {});
    const second = runOnPool(pool, {});
    pool.emit('error', new Error('Cannot find package "x"'));
    // A second thread failing after the first report must not become an uncaught exception.
    expect(() => pool.emit('error', new Error('Cannot find package "x"'))).not.toThrow();
    await expect(first).rejects.toThrow('a worker thread could not start: Cannot find package "x"');
    await expect(second).rejects.toThrow('a worker thread could not start');
    await expect(runOnPool(pool, {}), 'a later task fails at once too').rejects.toThrow('could not start');
  });
});
