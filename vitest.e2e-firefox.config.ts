import { defineConfig } from 'vitest/config';

// Firefox ESR with the built extension (dist/firefox), driven by puppeteer-core over
// WebDriver BiDi: one file at a time (2 cores, one browser each), and no retry, so a
// flaky test shows as a failure instead of passing the second time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e-firefox/**/*.e2e.ts'],
    fileParallelism: false,
    retry: 0,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
