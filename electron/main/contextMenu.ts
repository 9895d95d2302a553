import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

// What Electron's context-menu event tells about the place right-clicked.
export interface ContextMenuPlace {
  misspelledWord: string;
  dictionarySuggestions: string[];
  isEditable: boolean;
  selectionText: string;
}

export interface SpellingActions {
  replaceMisspelling: (word: string) => void;
  addToDictionary: (word: string) => void;
}

const MAX_SUGGESTIONS = 5;

// Spelling suggestions first, then the editing commands that apply; nothing at all where none applies.
export function contextMenuTemplate(place: ContextMenuPlace, actions: SpellingActions): MenuItemConstructorOptions[] {
  const spelling: MenuItemConstructorOptions[] = [];
  if (place.isEditable && place.misspelledWord) {
    const suggestions = place.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) spelling.push({ label: 'No spelling suggestions', enabled: false });
    for (const word of suggestions) spelling.push({ label: word, click: () => actions.replaceMisspelling(word) });
    spelling.push({
      label: `Add “${place.misspelledWord}” to dictionary`,
      click: () => actions.addToDictionary(place.misspelledWord),
    });
  }
  const editing: MenuItemConstructorOptions[] = place.isEditable
    ? [{ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { type: 'separator' }, { role: 'selectAll' }]
    : place.selectionText
      ? [{ role: 'copy' }]
      : [];
  return spelling.length > 0 && editing.length > 0
    ? [...spelling, { type: 'separator' }, ...editing]
    : [...spelling, ...editing];
}

// Right-click in the window: suggestions for a misspelled word, and cut, copy and paste.
export function setupContextMenu(window: BrowserWindow): void {
  const contents = window.webContents;
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
      addToDictionary: (word) => contents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window });
  });
}
