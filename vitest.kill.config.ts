import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Processes killed at random moments and two processes on one library: `npm run test:kill`, after the build.
    include: ['tests/kill/**/*.test.ts'],
    environment: 'node',
    testTimeout: 600_000,
    // Set-ups that write a library durably (fsync per file) need the same room as the tests.
    hookTimeout: 60_000,
  },
});
