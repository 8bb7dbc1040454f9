import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    // Only to end a hung test: tests wait for events, never for a time, so a slow machine is no failure.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    env: { FORCE_COLOR: '0' },
  },
});
