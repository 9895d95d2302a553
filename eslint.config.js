import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The core runs in plain Node, the CLI and tests: no Electron, no React, no DOM.
    files: ['electron/core/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['electron', 'electron/*', 'react', 'react-dom', 'react/*', 'react-dom/*', '@tiptap/react'], message: 'electron/core stays free of Electron, React and the DOM.' }] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'DOMParser', 'navigator', 'localStorage'],
    },
  },
  {
    // The renderer reaches the bridge and the HTTP host only through renderer/lib/api.ts.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/lib/api.ts', 'renderer/lib/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'window', property: 'kanal', message: 'Use renderer/lib/api.ts.' }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Use renderer/lib/api.ts.' }],
    },
  },
);
