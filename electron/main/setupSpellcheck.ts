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

// The languages of the dictionaries shipped in `folder`: "sv-SE-3-0.bdic" is sv-SE.
export function shippedDictionaryLanguages(folder: string = dictionaryFolder()): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.toLowerCase().endsWith('.bdic'))
    .map((name) => name.replace(/(-\d+)*\.bdic$/i, ''));
}

// The dictionary for a post's language: the same tag, else one of the same language ("sv" takes "sv-SE").
export function dictionariesFor(lang: string, available: string[]): string[] {
  const wanted = lang.toLowerCase();
  const exact = available.find((tag) => tag.toLowerCase() === wanted);
  if (exact) return [exact];
  const primary = wanted.split('-')[0] ?? wanted;
  const sameLanguage = available.find((tag) => tag.toLowerCase().split('-')[0] === primary);
  return sameLanguage ? [sameLanguage] : [];
}

// Spelling follows the open post's language where a dictionary for it is at hand; macOS chooses by itself.
export function setSpellcheckLanguage(
  lang: string,
  platform: NodeJS.Platform = process.platform,
  folder: string = dictionaryFolder(),
): string[] {
  const ses = session.defaultSession;
  if (platform === 'darwin' || !ses.isSpellCheckerEnabled()) return [];
  const shipped = new Set(shippedDictionaryLanguages(folder).map((tag) => tag.toLowerCase()));
  const usable = ses.availableSpellCheckerLanguages.filter((tag) => shipped.has(tag.toLowerCase()));
  const languages = dictionariesFor(lang, usable);
  if (languages.length > 0) ses.setSpellCheckerLanguages(languages);
  return languages;
}
