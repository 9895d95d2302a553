import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The tests against the external corpora in ../shared/fixtures: `npm run test:corpus`, never `npm test`.
    include: ['tests/corpus/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Set-ups that write a library durably (fsync per file) need the same room as the tests.
    hookTimeout: 60_000,
    // The files share one module graph per worker: each would otherwise load the core, sanitizers and parsers anew.
    isolate: false,
  },
});
