import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { CORE, DOM_ONLY_GLOBALS, RENDERER, SHARED, zones } from './eslint/layers.js';

const root = import.meta.dirname;

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        project: [
          'tsconfig.shared.json',
          'tsconfig.core.json',
          'tsconfig.main.json',
          'tsconfig.preload.json',
          'tsconfig.renderer.json',
          'tsconfig.json',
        ],
        tsconfigRootDir: root,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked },
  {
    // Layer boundaries, static and dynamic imports alike, resolved to files (see eslint/layers.js).
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      // A boundary can only judge an import it can resolve.
      'import-x/no-unresolved': 'error',
      'import-x/no-restricted-paths': [
        'error',
        { basePath: root, zones: zones.map(({ target, from, reason }) => ({ target, from, message: `(${reason}.)` })) },
      ],
      // zod's `z` object holds all of zod, so a bundle keeps all of it; the namespace keeps only what is used.
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z']",
          message: "Use `import * as z from 'zod'`.",
        },
      ],
    },
  },
  {
    // The core runs in plain Node and in tests: no DOM globals.
    files: CORE.map((glob) => `${glob}/*.ts`),
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-globals': ['error', ...DOM_ONLY_GLOBALS] },
  },
  {
    // Code shared with the renderer has neither Node's modules nor the DOM's globals.
    files: SHARED.map((glob) => (glob.endsWith('**') ? `${glob}/*.ts` : glob)),
    languageOptions: { globals: {} },
    plugins: { 'import-x': importX },
    rules: {
      'import-x/no-nodejs-modules': 'error',
      'no-restricted-globals': ['error', ...DOM_ONLY_GLOBALS, 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    // The renderer is a sandboxed page: no Node modules.
    files: RENDERER.map((glob) => `${glob}/*.{ts,tsx}`),
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      // About the React Compiler's memoizing, which Kanal does not use (TanStack Virtual is flagged for it).
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    // The renderer reaches the bridge and the HTTP host only through renderer/lib/api.ts.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/lib/api.ts', 'renderer/lib/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'kanal', message: 'Use renderer/lib/api.ts.' },
      ],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Use renderer/lib/api.ts.' }],
    },
  },
);
