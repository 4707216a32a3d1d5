// Browser journeys against the built server in Debian's Chromium. One file at a time: each file
// starts its own server and browser, and running several at once only makes them flaky.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
