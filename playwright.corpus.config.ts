import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The end-to-end specs on the external corpora in ../shared/fixtures: `npm run test:corpus`, never `npm test`.
export default defineConfig({ ...base, testDir: 'e2e/corpus', testIgnore: [] });
