import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Only to end a hung test: tests wait for events, never for a time, so a slow machine is no failure.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // At least two files at once: many tests wait on a child process or a terminal, which leaves a core free (vitest's default is cores - 1).
    maxWorkers: Math.max(2, availableParallelism()),
    env: { FORCE_COLOR: '0' },
  },
});
