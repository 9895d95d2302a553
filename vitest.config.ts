import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Unit tests only: Playwright specs in e2e/ have their own runner.
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Set-ups that write a library durably (fsync per file) need the same room as the tests.
    hookTimeout: 60_000,
  },
});
