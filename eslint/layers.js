// Kanal's layers: which code may import what. The lint config derives every boundary rule from this one table.
import globals from 'globals';

export const SHARED = ['electron/core/api.ts', 'electron/core/shared/**'];
export const CORE = ['electron/core/**'];
export const RENDERER = ['renderer/**'];
export const MAIN = ['electron/main/**'];
export const PRELOAD = ['electron/preload/**'];
export const NODE_HOSTS = ['electron/host/**', 'electron/cli/**'];
// The Node core reaches a DOM-like parser (happy-dom) only through electron/core/dom.
export const CORE_OUTSIDE_DOM_ADAPTER = ['electron/core/!(dom)/**', 'electron/core/*.ts'];

// Web APIs that both Chromium and Node provide; every other browser global is the DOM's alone.
const BOTH_RUNTIMES = new Set([
  'URL',
  'URLSearchParams',
  'TextEncoder',
  'TextDecoder',
  'console',
  'setTimeout',
  'clearTimeout',
  'setInterval',
  'clearInterval',
  'queueMicrotask',
  'structuredClone',
  'atob',
  'btoa',
  'AbortController',
  'AbortSignal',
  'Event',
  'EventTarget',
  'performance',
  'crypto',
]);
export const DOM_ONLY_GLOBALS = Object.keys(globals.browser).filter(
  (name) => !(name in globals.es2021) && !BOTH_RUNTIMES.has(name),
);

const packages = (names) => names.map((name) => `node_modules/${name}/**`);
const ELECTRON = packages(['electron']);
const REACT = packages(['react', 'react-dom', '@tiptap/react', 'react-i18next', 'i18next', '@tanstack/react-virtual']);
const DOM_LIBRARIES = packages(['happy-dom', 'jsdom', 'dompurify', '@tiptap/html']);
const NODE_LIBRARIES = packages([
  'lowdb',
  'steno',
  'saxes',
  'sanitize-html',
  'htmlparser2',
  'domhandler',
  'sirv',
  'commander',
]);
const APP_LAYERS = ['electron/main/**', 'electron/preload/**', 'electron/host/**', 'electron/cli/**'];
const NODE_CORE_BUT_SHARED = ['electron/core/!(shared)/**', 'electron/core/!(api).ts'];

// target: the files a zone governs; from: what they may not import; reason: the message a wrong import gets.
export const zones = [
  {
    target: SHARED,
    from: [...NODE_CORE_BUT_SHARED],
    reason: 'shared code runs in the renderer too: it may import only electron/core/api.ts and electron/core/shared',
  },
  {
    target: SHARED,
    from: [...APP_LAYERS, 'renderer/**', ...ELECTRON, ...REACT, ...DOM_LIBRARIES, ...NODE_LIBRARIES],
    reason: 'shared code has no Electron, React, DOM or Node-only library',
  },
  {
    target: CORE,
    from: [...APP_LAYERS, 'renderer/**', ...ELECTRON, ...REACT, 'node_modules/jsdom/**', 'node_modules/dompurify/**'],
    reason: 'the core runs in plain Node: no Electron, React, renderer or app layer',
  },
  {
    target: CORE_OUTSIDE_DOM_ADAPTER,
    from: packages(['happy-dom', '@tiptap/html']),
    reason: 'the core reaches a DOM-like parser only through electron/core/dom',
  },
  {
    target: RENDERER,
    from: [...NODE_CORE_BUT_SHARED, ...APP_LAYERS],
    reason: 'the renderer may import only electron/core/api.ts and electron/core/shared',
  },
  {
    target: RENDERER,
    from: [...ELECTRON, ...NODE_LIBRARIES, 'node_modules/happy-dom/**', 'node_modules/jsdom/**'],
    reason: 'the renderer runs in a sandboxed page: no Electron or Node library',
  },
  { target: [...MAIN, ...NODE_HOSTS], from: ['renderer/**'], reason: 'main, host and CLI never import the renderer' },
  {
    target: NODE_HOSTS,
    from: [...ELECTRON, ...REACT, ...DOM_LIBRARIES],
    reason: 'the host and the CLI run in plain Node',
  },
  {
    target: PRELOAD,
    from: [
      'renderer/**',
      ...NODE_CORE_BUT_SHARED,
      'electron/host/**',
      'electron/cli/**',
      ...REACT,
      ...DOM_LIBRARIES,
      ...NODE_LIBRARIES,
    ],
    reason: 'the preload exposes the contract and nothing else',
  },
];
