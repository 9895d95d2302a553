import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The tests against the external corpora in ../shared/fixtures: `npm run test:corpus`, never `npm test`.
    include: ['tests/corpus/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
