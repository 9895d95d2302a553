import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright specs in e2e/ have their own runner.
const UNIT_TESTS = 'tests/unit/**/*.test.ts';
// Tests that compare how long work takes (a ratio, an event loop let run, a wait held back): alone on the
// machine, after the others, so a neighbouring test file never decides their measurement.
const TIMED_TESTS = [
  'tests/unit/content/bodyCounts.test.ts',
  'tests/unit/content/hostileBodies.test.ts',
  'tests/unit/content/wordCount.test.ts',
  'tests/unit/core/importJobs.test.ts',
  'tests/unit/import/hostileSpeed.test.ts',
  'tests/unit/import/normalizeYields.test.ts',
  'tests/unit/import/refusals.test.ts',
  'tests/unit/search/search.test.ts',
];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    // Set-ups that write a library durably (fsync per file) need the same room as the tests.
    hookTimeout: 60_000,
    projects: [
      // Vitest leaves one of two cores to itself by default; its own work is light beside two test files at once.
      { extends: true, test: { name: 'unit', include: [UNIT_TESTS], exclude: TIMED_TESTS, maxWorkers: 2 } },
      {
        extends: true,
        test: { name: 'timed', include: TIMED_TESTS, maxWorkers: 1, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
