import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempFolder } from '../../helpers/tempLibrary';

const session = { setSpellCheckerDictionaryDownloadURL: vi.fn(), setSpellCheckerEnabled: vi.fn() };
const app = { isPackaged: false, getAppPath: () => '/opt/kanal-source' };
vi.mock('electron', () => ({ app, session: { defaultSession: session } }));
const { dictionaryFolder, setupSpellcheck } = await import('../../../electron/main/setupSpellcheck');

let temp: ReturnType<typeof tempFolder>;
beforeEach(() => {
  temp = tempFolder();
  session.setSpellCheckerDictionaryDownloadURL.mockReset();
  session.setSpellCheckerEnabled.mockReset();
});
afterEach(() => temp.cleanup());

const downloadURL = () => String(session.setSpellCheckerDictionaryDownloadURL.mock.calls[0]?.[0]);

describe('the spellchecker', () => {
  it.each(['linux', 'win32'] as const)('on %s downloads nothing and is off without a local dictionary', (platform) => {
    const folder = join(temp.folder, 'dictionaries');
    expect(setupSpellcheck(platform, folder)).toBe(false);
    expect(downloadURL()).toMatch(/^file:\/\/.*\/dictionaries\/$/);
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(session.setSpellCheckerEnabled).not.toHaveBeenCalledWith(true);
  });

  it('on Linux uses the dictionaries shipped in its own folder', () => {
    const folder = join(temp.folder, 'dictionaries');
    mkdirSync(folder);
    writeFileSync(join(folder, 'sv-SE-3-0.bdic'), 'dictionary');
    expect(setupSpellcheck('linux', folder)).toBe(true);
    expect(new URL(downloadURL()).protocol).toBe('file:');
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(true);
  });

  it('on macOS uses the system spellchecker, which downloads nothing', () => {
    expect(setupSpellcheck('darwin', join(temp.folder, 'none'))).toBe(true);
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(true);
  });

  it("looks for dictionaries in the app's resources", () => {
    expect(dictionaryFolder()).toBe(join('/opt/kanal-source', 'resources', 'dictionaries'));
  });
});
