// Unit and API tests. API tests run on a real database: SQLite always, PostgreSQL too when
// TEST_DATABASE_URL is set (see server/test-support/databases.ts).
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'common/**/*.test.ts', 'web/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', 'e2e/**'],
    environment: 'node',
    globalSetup: ['./server/test-support/global-setup.ts'],
    // Argon2 hashing and running every migration per test take a moment, more so on PostgreSQL.
    testTimeout: 30_000,
    // At least two files at once even on a two-core machine: API tests spend much of their time
    // waiting for the database, so a second worker cut the suite from 575 s to 434 s there.
    maxWorkers: Math.max(2, availableParallelism()),
    hookTimeout: 30_000,
  },
});
