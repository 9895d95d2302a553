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

const forbidden: [layer: string, filePath: string, code: string][] = [
  ['shared', 'electron/core/shared/probe.ts', "export const load = () => import('node:fs');"],
  [
    'shared',
    'electron/core/shared/probe.ts',
    "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;",
  ],
  ['shared', 'electron/core/shared/probe.ts', "import { Library } from '../store/library';\nexport const x = Library;"],
  ['shared', 'electron/core/shared/probe.ts', "export const load = () => import('../store/library');"],
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
  ['node core', 'electron/core/threads/probe.ts', "export const load = () => import('../../main/buildMenu');"],
  ['node core', 'electron/core/threads/probe.ts', 'export const isElement = (x: unknown) => x instanceof HTMLElement;'],
  ['node core', 'electron/core/threads/probe.ts', "export const last = () => sessionStorage.getItem('x');"],
  ['node core', 'electron/core/threads/probe.ts', 'export const request = () => new XMLHttpRequest();'],
  [
    'renderer',
    'renderer/features/probe.ts',
    "import { Library } from '../../electron/core/store/library';\nexport const x = Library;",
  ],
  ['renderer', 'renderer/features/probe.ts', "export const load = () => import('../../electron/core/import/index');"],
  ['renderer', 'renderer/features/probe.ts', "export const load = () => import('../../electron/main/buildMenu');"],
  ['renderer', 'renderer/features/probe.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;"],
  ['renderer', 'renderer/features/probe.ts', "export const load = () => import('node:path');"],
  ['renderer', 'renderer/features/probe.ts', "export const load = () => import('sanitize-html');"],
  ['cli', 'electron/cli/probe.ts', "export const load = () => import('../../renderer/lib/api');"],
  ['cli', 'electron/cli/probe.ts', "export const load = () => import('electron');"],
  ['host', 'electron/host/probe.ts', "import { api } from '../../renderer/lib/api';\nexport const x = api;"],
  ['main', 'electron/main/probe.ts', "import { App } from '../../renderer/app/App';\nexport const x = App;"],
  [
    'preload',
    'electron/preload/probe.ts',
    "import { Library } from '../core/store/library';\nexport const x = Library;",
  ],
];

// The import path from a probe in renderer/features/ to a project file.
const fromRendererFeature = (file: string): string => posix.relative('renderer/features', file);

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
    "import { operationNames } from '../../electron/core/api';\nexport const x = operationNames;",
  ],
  [
    'renderer',
    'renderer/features/probe.ts',
    `import { countWords } from '${fromRendererFeature('electron/core/shared/content/wordCount')}';\nexport const x = countWords;`,
  ],
  ['main', 'electron/main/probe.ts', "import { app } from 'electron';\nexport const x = app;"],
  ['cli', 'electron/cli/probe.ts', "import { dispatch } from '../core/dispatch';\nexport const x = dispatch;"],
];

describe('layer boundaries', () => {
  it.each(forbidden)('%s refuses: %s — %s', async (_layer, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).not.toEqual([]);
  });

  it.each(allowed)('%s allows: %s — %s', async (_layer, filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });
});
