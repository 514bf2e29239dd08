import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    // The corpus lives beside the repo (../shared); tests that read it say so in their names.
    testTimeout: 20_000,
  },
});
