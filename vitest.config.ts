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
    // Each worker process imports ink, react, xstate and the CLI once, not once per file: that import was a third of the suite's CPU time.
    // The tests keep no global state (no module mocks, no stubbed globals left behind; vi.stubEnv is undone), and each worker still runs one file at a time.
    isolate: false,
    env: { FORCE_COLOR: '0' },
  },
});
