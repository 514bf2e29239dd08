import { defineConfig } from 'vitest/config';

// Real browsers with the built extension: one file at a time (2 cores, one browser each).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    // A real browser on a busy 2-core machine can miss a deadline once; a second failure is real.
    retry: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
