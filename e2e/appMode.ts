import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type AppMode = 'electron' | 'browser';

// Electron when its binary is installed (node_modules/electron/path.txt names it), else the browser host.
export function detectAppMode(root: string, env: NodeJS.ProcessEnv = process.env): AppMode {
  if (env.KANAL_E2E_MODE === 'browser' || env.KANAL_E2E_MODE === 'electron') return env.KANAL_E2E_MODE;
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return 'browser';
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? 'electron' : 'browser';
}
