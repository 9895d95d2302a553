import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempFolder } from '../../helpers/tempLibrary';

const session = {
  isSpellCheckerEnabled: vi.fn(() => true),
  availableSpellCheckerLanguages: ['en-GB', 'en-US', 'sv', 'de-DE'],
  setSpellCheckerLanguages: vi.fn(),
};
vi.mock('electron', () => ({
  app: { isPackaged: false, getAppPath: () => '/opt/kanal-source' },
  session: { defaultSession: session },
  Menu: { buildFromTemplate: vi.fn() },
}));
const { contextMenuTemplate } = await import('../../../electron/main/contextMenu');
const { dictionariesFor, setSpellcheckLanguage } = await import('../../../electron/main/setupSpellcheck');

const place = { misspelledWord: '', dictionarySuggestions: [], isEditable: true, selectionText: '' };
const actions = () => ({ replaceMisspelling: vi.fn(), addToDictionary: vi.fn() });
// Menu items are clicked by Electron with the item, window and event; the actions here use none of them.
const click = (item: ReturnType<typeof contextMenuTemplate>[number] | undefined) => (item?.click as () => void)();
const labels = (items: ReturnType<typeof contextMenuTemplate>) =>
  items.map((item) => item.label ?? item.role ?? item.type);

describe('the context menu', () => {
  it('offers the suggestions for a misspelled word first, and each replaces the word', () => {
    const spelling = actions();
    const items = contextMenuTemplate(
      { ...place, misspelledWord: 'kanl', dictionarySuggestions: ['kanal', 'kana', 'kant'] },
      spelling,
    );
    expect(labels(items)).toEqual([
      'kanal',
      'kana',
      'kant',
      'Add “kanl” to dictionary',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    click(items[0]);
    expect(spelling.replaceMisspelling).toHaveBeenCalledWith('kanal');
    click(items[3]);
    expect(spelling.addToDictionary).toHaveBeenCalledWith('kanl');
  });

  it('says so when the dictionary has no suggestion, and shows at most five', () => {
    const none = contextMenuTemplate({ ...place, misspelledWord: 'qxz' }, actions());
    expect(none[0]).toMatchObject({ label: 'No spelling suggestions', enabled: false });
    const many = contextMenuTemplate(
      { ...place, misspelledWord: 'tst', dictionarySuggestions: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
      actions(),
    );
    expect(labels(many).slice(0, 6)).toEqual(['a', 'b', 'c', 'd', 'e', 'Add “tst” to dictionary']);
  });

  it('offers only editing where the word is spelled right, copy for selected text, nothing elsewhere', () => {
    expect(labels(contextMenuTemplate(place, actions()))).toEqual(['cut', 'copy', 'paste', 'separator', 'selectAll']);
    expect(labels(contextMenuTemplate({ ...place, isEditable: false, selectionText: 'ord' }, actions()))).toEqual([
      'copy',
    ]);
    expect(contextMenuTemplate({ ...place, isEditable: false }, actions())).toEqual([]);
  });
});

describe("the spellchecker's language", () => {
  let temp: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    temp = tempFolder();
    session.setSpellCheckerLanguages.mockReset();
    session.isSpellCheckerEnabled.mockReturnValue(true);
  });
  afterEach(() => temp.cleanup());

  const shipping = (...files: string[]) => {
    const folder = join(temp.folder, 'dictionaries');
    mkdirSync(folder);
    for (const file of files) writeFileSync(join(folder, file), 'dictionary');
    return folder;
  };

  it('is the dictionary of the same tag, else one of the same language', () => {
    expect(dictionariesFor('en-GB', ['en-US', 'en-GB'])).toEqual(['en-GB']);
    expect(dictionariesFor('sv', ['en-US', 'sv-SE'])).toEqual(['sv-SE']);
    expect(dictionariesFor('sv-FI', ['en-US', 'sv'])).toEqual(['sv']);
    expect(dictionariesFor('fi', ['en-US', 'sv'])).toEqual([]);
  });

  it('follows a Swedish post with the Swedish dictionary shipped with Kanal', () => {
    const folder = shipping('sv-3-0.bdic', 'en-GB-10-1.bdic');
    expect(setSpellcheckLanguage('sv-SE', 'linux', folder)).toEqual(['sv']);
    expect(session.setSpellCheckerLanguages).toHaveBeenCalledWith(['sv']);
  });

  it('leaves the languages as they are for a post in a language without a shipped dictionary', () => {
    const folder = shipping('sv-3-0.bdic');
    expect(setSpellcheckLanguage('de-DE', 'win32', folder)).toEqual([]);
    expect(session.setSpellCheckerLanguages).not.toHaveBeenCalled();
  });

  it('changes nothing where spelling is off, and on macOS, whose system chooses', () => {
    const folder = shipping('sv-3-0.bdic');
    expect(setSpellcheckLanguage('sv', 'darwin', folder)).toEqual([]);
    session.isSpellCheckerEnabled.mockReturnValue(false);
    expect(setSpellcheckLanguage('sv', 'linux', folder)).toEqual([]);
    expect(session.setSpellCheckerLanguages).not.toHaveBeenCalled();
  });
});
