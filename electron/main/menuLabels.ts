import type { Settings } from '../core/shared/schema';

export type UiLanguage = Settings['uiLanguage'];

// Every label of the app's menu, in each UI language; Electron's own role labels follow the system's language, not Kanal's.
const en = {
  file: 'File',
  newPost: 'New post',
  importComments: 'Import comments…',
  pasteComments: 'Paste comments…',
  export: 'Export…',
  channels: 'Channels…',
  settings: 'Settings…',
  quit: 'Quit Kanal',
  close: 'Close window',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  pasteAndMatchStyle: 'Paste and match style',
  delete: 'Delete',
  selectAll: 'Select all',
  view: 'View',
  resetZoom: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  toggleFullScreen: 'Full screen',
  toggleDevTools: 'Developer tools',
  window: 'Window',
  minimize: 'Minimize',
  zoom: 'Zoom',
  front: 'Bring all to front',
};

export type MenuLabels = Record<keyof typeof en, string>;

const sv: MenuLabels = {
  file: 'Arkiv',
  newPost: 'Nytt inlägg',
  importComments: 'Importera kommentarer…',
  pasteComments: 'Klistra in kommentarer…',
  export: 'Exportera…',
  channels: 'Kanaler…',
  settings: 'Inställningar…',
  quit: 'Avsluta Kanal',
  close: 'Stäng fönstret',
  edit: 'Redigera',
  undo: 'Ångra',
  redo: 'Gör om',
  cut: 'Klipp ut',
  copy: 'Kopiera',
  paste: 'Klistra in',
  pasteAndMatchStyle: 'Klistra in och matcha stil',
  delete: 'Radera',
  selectAll: 'Markera allt',
  view: 'Visa',
  resetZoom: 'Verklig storlek',
  zoomIn: 'Zooma in',
  zoomOut: 'Zooma ut',
  toggleFullScreen: 'Helskärm',
  toggleDevTools: 'Utvecklarverktyg',
  window: 'Fönster',
  minimize: 'Minimera',
  zoom: 'Zooma',
  front: 'Lägg alla överst',
};

export const MENU_LABELS: Readonly<Record<UiLanguage, MenuLabels>> = { en, sv };
