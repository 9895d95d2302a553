import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, session } from 'electron';

// Where Hunspell dictionaries (.bdic) may be shipped: resources/dictionaries, packed beside app.asar.
export function dictionaryFolder(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'dictionaries')
    : join(app.getAppPath(), 'resources', 'dictionaries');
}

const hasDictionaries = (folder: string): boolean =>
  existsSync(folder) && readdirSync(folder).some((name) => name.toLowerCase().endsWith('.bdic'));

// Nothing is sent anywhere: Chromium would fetch Hunspell dictionaries from its CDN on Linux and Windows,
// so it is pointed at our own folder, and spelling is checked only where a dictionary is at hand.
// macOS uses the system's spellchecker and downloads nothing. Returns whether windows check spelling.
export function setupSpellcheck(
  platform: NodeJS.Platform = process.platform,
  folder: string = dictionaryFolder(),
): boolean {
  const ses = session.defaultSession;
  if (platform === 'darwin') {
    ses.setSpellCheckerEnabled(true);
    return true;
  }
  ses.setSpellCheckerDictionaryDownloadURL(`${pathToFileURL(folder).href}/`);
  const enabled = hasDictionaries(folder);
  ses.setSpellCheckerEnabled(enabled);
  return enabled;
}
