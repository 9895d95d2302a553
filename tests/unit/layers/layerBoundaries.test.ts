import { posix } from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// Lints code as if it lived at a path of each layer: a forbidden import or global must fail `npm run lint`.
// The probes are not files of any tsconfig, so the type-aware rules (not boundaries) are left out here.
const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: [tseslint.configs.disableTypeChecked] });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const BOUNDARY_RULES = [
  'import-x/no-restricted-paths',
  'import-x/no-unresolved',
  'import-x/no-nodejs-modules',
  'no-restricted-globals',
];
const boundaryErrors = async (filePath: string, code: string) =>
  (await ruleIds(filePath, code)).filter((id) => BOUNDARY_RULES.includes(id));

// The import path from a probe to a project file, worked out from the two locations as an editor writes it.
const importPath = (probe: string, file: string): string => {
  const path = posix.relative(posix.dirname(probe), file);
  return path.startsWith('.') ? path : `./${path}`;
};

const forbidden: [layer: string, filePath: string, code: string][] = [
  ['shared', 'electron/core/shared/probe.ts', "export const load = () => import('node:fs');"],
  [
    'shared',
    'electron/core/shared/probe.ts',
    "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;",
  ],
  [
    'shared',
    'electron/core/shared/probe.ts',
    `import { Library } from '${importPath('electron/core/shared/probe.ts', 'electron/core/store/library')}';\nexport const x = Library;`,
  ],
  [
    'shared',
    'electron/core/shared/probe.ts',
    `export const load = () => import('${importPath('electron/core/shared/probe.ts', 'electron/core/store/library')}');`,
  ],
  [
    'shared',
    'electron/core/shared/probe.ts',
    "import sanitizeHtml from 'sanitize-html';\nexport const x = sanitizeHtml;",
  ],
  ['shared', 'electron/core/shared/probe.ts', 'export const size = () => document.body.clientWidth;'],
  ['shared', 'electron/core/api.ts', "export const load = () => import('electron');"],
  ['node core', 'electron/core/store/probe.ts', "export const load = async () => (await import('electron')).app;"],
  ['node core', 'electron/core/store/probe.ts', "import { app } from 'electron';\nexport const x = app;"],
  ['node core', 'electron/core/import/probe.ts', "export const load = () => import('happy-dom');"],
  ['node core', 'electron/core/import/probe.ts', "import { Window } from 'happy-dom';\nexport const x = Window;"],
  ['node core', 'electron/core/export/probe.ts', "export const load = () => import('jsdom');"],
  ['node core', 'electron/core/export/probe.ts', "import DOMPurify from 'dompurify';\nexport const x = DOMPurify;"],
  ['node core', 'electron/core/export/probe.ts', "import { useState } from 'react';\nexport const x = useState;"],
  [
    'node core',
    'electron/core/threads/probe.ts',
    `export const load = () => import('${importPath('electron/core/threads/probe.ts', 'electron/main/buildMenu')}');`,
  ],
  ['node core', 'electron/core/threads/probe.ts', 'export const isElement = (x: unknown) => x instanceof HTMLElement;'],
  ['node core', 'electron/core/threads/probe.ts', "export const last = () => sessionStorage.getItem('x');"],
  ['node core', 'electron/core/threads/probe.ts', 'export const request = () => new XMLHttpRequest();'],
  [
    'renderer',
    'renderer/features/probe.ts',
    `import { Library } from '${importPath('renderer/features/probe.ts', 'electron/core/store/library')}';\nexport const x = Library;`,
  ],
  [
    'renderer',
    'renderer/features/probe.ts',
    `export const load = () => import('${importPath('renderer/features/probe.ts', 'electron/core/import/index')}');`,
  ],
  [
    'renderer',
    'renderer/features/probe.ts',
    `export const load = () => import('${importPath('renderer/features/probe.ts', 'electron/main/buildMenu')}');`,
  ],
  ['renderer', 'renderer/features/probe.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;"],
  ['renderer', 'renderer/features/probe.ts', "export const load = () => import('node:path');"],
  ['renderer', 'renderer/features/probe.ts', "export const load = () => import('sanitize-html');"],
  [
    'cli',
    'electron/cli/probe.ts',
    `export const load = () => import('${importPath('electron/cli/probe.ts', 'renderer/lib/api')}');`,
  ],
  ['cli', 'electron/cli/probe.ts', "export const load = () => import('electron');"],
  [
    'host',
    'electron/host/probe.ts',
    `import { api } from '${importPath('electron/host/probe.ts', 'renderer/lib/api')}';\nexport const x = api;`,
  ],
  [
    'main',
    'electron/main/probe.ts',
    `import { App } from '${importPath('electron/main/probe.ts', 'renderer/app/App')}';\nexport const x = App;`,
  ],
  [
    'preload',
    'electron/preload/probe.ts',
    `import { Library } from '${importPath('electron/preload/probe.ts', 'electron/core/store/library')}';\nexport const x = Library;`,
  ],
];

const allowed: [layer: string, filePath: string, code: string][] = [
  ['shared', 'electron/core/shared/probe.ts', "import { z } from 'zod';\nexport const x = z.string();"],
  [
    'node core',
    'electron/core/store/probe.ts',
    "import { readFile } from 'node:fs/promises';\nexport const x = readFile;",
  ],
  ['dom adapter', 'electron/core/dom/probe.ts', "export const load = () => import('happy-dom');"],
  [
    'renderer',
    'renderer/features/probe.ts',
    `import { operationNames } from '${importPath('renderer/features/probe.ts', 'electron/core/api')}';\nexport const x = operationNames;`,
  ],
  [
    'renderer',
    'renderer/features/probe.ts',
    `import { countWords } from '${importPath('renderer/features/probe.ts', 'electron/core/shared/content/wordCount')}';\nexport const x = countWords;`,
  ],
  ['main', 'electron/main/probe.ts', "import { app } from 'electron';\nexport const x = app;"],
  [
    'cli',
    'electron/cli/probe.ts',
    `import { dispatch } from '${importPath('electron/cli/probe.ts', 'electron/core/dispatch')}';\nexport const x = dispatch;`,
  ],
];

describe('layer boundaries', () => {
  it.each(forbidden)('%s refuses: %s — %s', async (_layer, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).not.toEqual([]);
  });

  it.each(allowed)('%s allows: %s — %s', async (_layer, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });
});
