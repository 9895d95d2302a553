import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { APP_CSP_META } from './electron/core/csp';
import { IMPORT_WORKER_NAME, IMPORT_WORKER_SOURCE } from './scripts/importWorkerEntry.mjs';

// index.html carries the one policy of electron/core/csp.ts too, for a page opened without its headers.
const contentSecurityPolicy = (): Plugin => ({
  name: 'kanal-content-security-policy',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: APP_CSP_META },
      injectTo: 'head-prepend',
    },
  ],
});

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The import worker beside main, which starts it for every import.
      rollupOptions: {
        input: { index: resolve('electron/main/index.ts'), [IMPORT_WORKER_NAME]: resolve(IMPORT_WORKER_SOURCE) },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but electron: the contract's zod schemas are bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A CommonJS preload lets the window keep sandbox: true.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [contentSecurityPolicy(), react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      // The editor (ProseMirror) and React are most of the start bundle; dialogs and the comment views load apart.
      chunkSizeWarningLimit: 1200,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
