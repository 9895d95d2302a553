import { dialog, type BrowserWindow } from 'electron';
import { exportHtml } from '../core/handlers';
import type { TransportHandlers } from '../core/handlers';
import type { Library } from '../core/store/library';
import { writeFileDurably } from '../core/store/durableWrite';

// What only the desktop can do: ask where to save an export and write it there.
export function desktopTransport(library: () => Library, window: () => BrowserWindow | null): TransportHandlers {
  return {
    'export.saveHtml': async ({ postId }) => {
      const file = exportHtml(library(), postId);
      const owner = window();
      const options = { defaultPath: file.filename, filters: [{ name: 'HTML', extensions: ['html'] }] };
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false, path: null };
      await writeFileDurably(choice.filePath, file.content);
      return { saved: true, path: choice.filePath };
    },
  };
}
