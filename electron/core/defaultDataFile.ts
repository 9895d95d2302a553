import { homedir } from 'node:os';
import { join } from 'node:path';
import { KanalError } from './errors';

// The same folder Electron's app.getPath('userData') gives for an app named Kanal.
export function appDataFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Kanal');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Kanal');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Kanal');
}

// --data wins, then KANAL_DATA, then the per-user app data folder. Under test (KANAL_TEST) there is no
// default at all, so a test can never write to the author's real library.
export function resolveDataFile(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  folder = appDataFolder(env),
): string {
  const chosen = flag ?? env.KANAL_DATA;
  if (chosen) return chosen;
  if (env.KANAL_TEST)
    throw new KanalError('no-data-file', 'KANAL_TEST is set: give the library with --data FILE or KANAL_DATA.');
  return join(folder, 'kanal.json');
}
