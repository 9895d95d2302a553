import { describe, expect, it, vi } from 'vitest';

type Item = { label?: string; role?: string; type?: string; submenu?: Item[] };
const built: Item[][] = [];
vi.mock('electron', () => ({
  app: { isPackaged: false },
  Menu: { buildFromTemplate: (template: Item[]) => built.push(template) && template, setApplicationMenu: () => {} },
}));
const { buildMenu } = await import('../../../electron/main/buildMenu');
const { MENU_LABELS } = await import('../../../electron/main/menuLabels');

const menuIn = (language: 'en' | 'sv'): Item[] => {
  buildMenu(() => null, language);
  return built[built.length - 1] ?? [];
};
const everyItem = (items: Item[]): Item[] => items.flatMap((item) => [item, ...everyItem(item.submenu ?? [])]);

describe('the app menu', () => {
  it('has the same labels in English and Swedish, none left empty', () => {
    expect(Object.keys(MENU_LABELS.sv).sort()).toEqual(Object.keys(MENU_LABELS.en).sort());
    for (const labels of Object.values(MENU_LABELS))
      for (const text of Object.values(labels)) expect(text.trim()).not.toBe('');
  });

  it('is Swedish in the Swedish UI, down to undo and copy, with no item left to the system’s language', () => {
    const items = everyItem(menuIn('sv')).filter((item) => item.type !== 'separator' && item.role !== 'appMenu');
    expect(items.filter((item) => item.label === undefined)).toEqual([]);
    const labels = items.map((item) => item.label);
    expect(labels).toEqual(
      expect.arrayContaining(['Arkiv', 'Nytt inlägg', 'Importera kommentarer…', 'Ångra', 'Kopiera']),
    );
    const english = new Set(Object.values(MENU_LABELS.en));
    expect(labels.filter((label) => label !== undefined && english.has(label))).toEqual([]);
  });

  it('is English in the English UI', () => {
    expect(menuIn('en').map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window']);
  });
});

describe('the menu’s language', () => {
  it('follows the UI language the author saves in Settings, however it is saved', async () => {
    const { followUiLanguage } = await import('../../../electron/main/menuLanguage');
    type Settings = import('../../../electron/core/handlers').Services['settings'];
    const stored = { authorNames: [], authorEmails: [], uiLanguage: 'en' as 'en' | 'sv', theme: 'system' as const };
    const settings = {
      get: () => stored,
      save: (input: { uiLanguage?: 'en' | 'sv' }) => Promise.resolve({ ...stored, ...input }),
    } as unknown as Settings;
    const seen: string[] = [];
    followUiLanguage(settings, (language) => seen.push(language));
    expect(await settings.save({ uiLanguage: 'sv' })).toMatchObject({ uiLanguage: 'sv' });
    await settings.save({ theme: 'dark' });
    expect(seen).toEqual(['sv', 'en']);
  });
});
