import { app, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import { MENU_CHANNEL, type MenuCommand } from './ipcChannels';
import { MENU_LABELS, type UiLanguage } from './menuLabels';

// The app's menu in the author's UI language; built again when Settings change it.
export function buildMenu(window: () => BrowserWindow | null, language: UiLanguage): void {
  const label = MENU_LABELS[language];
  const send = (command: MenuCommand) => () => window()?.webContents.send(MENU_CHANNEL, command);
  const mac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: label.file,
      submenu: [
        { label: label.newPost, accelerator: 'CmdOrCtrl+N', click: send('new-post') },
        { type: 'separator' },
        { label: label.importComments, click: send('import') },
        { label: label.pasteComments, click: send('paste') },
        { type: 'separator' },
        { label: label.export, click: send('export-html') },
        { type: 'separator' },
        { label: label.channels, click: send('channels') },
        { label: label.settings, accelerator: 'CmdOrCtrl+,', click: send('settings') },
        { type: 'separator' },
        mac ? { role: 'close', label: label.close } : { role: 'quit', label: label.quit },
      ],
    },
    {
      label: label.edit,
      submenu: [
        { role: 'undo', label: label.undo },
        { role: 'redo', label: label.redo },
        { type: 'separator' },
        { role: 'cut', label: label.cut },
        { role: 'copy', label: label.copy },
        { role: 'paste', label: label.paste },
        ...(mac ? [{ role: 'pasteAndMatchStyle' as const, label: label.pasteAndMatchStyle }] : []),
        { role: 'delete', label: label.delete },
        { type: 'separator' },
        { role: 'selectAll', label: label.selectAll },
      ],
    },
    {
      label: label.view,
      submenu: [
        { role: 'resetZoom', label: label.resetZoom },
        { role: 'zoomIn', label: label.zoomIn },
        { role: 'zoomOut', label: label.zoomOut },
        { type: 'separator' },
        { role: 'togglefullscreen', label: label.toggleFullScreen },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const, label: label.toggleDevTools }]),
      ],
    },
    {
      label: label.window,
      role: 'windowMenu',
      submenu: [
        { role: 'minimize', label: label.minimize },
        ...(mac
          ? [
              { role: 'zoom' as const, label: label.zoom },
              { type: 'separator' as const },
              { role: 'front' as const, label: label.front },
            ]
          : [{ role: 'close' as const, label: label.close }]),
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
