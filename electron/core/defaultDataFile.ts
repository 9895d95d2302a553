import { homedir } from 'node:os';
import { join } from 'node:path';

// The same folder Electron's app.getPath('userData') gives for an app named Kanal.
export function appDataFolder(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Kanal');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Kanal');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Kanal');
}

// --data wins, then KANAL_DATA, then the per-user app data folder.
export function resolveDataFile(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return flag ?? env.KANAL_DATA ?? join(appDataFolder(env), 'kanal.json');
}
