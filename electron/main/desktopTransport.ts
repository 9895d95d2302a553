import { dialog, type BrowserWindow } from 'electron';
import type { Services, TransportHandlers } from '../core/handlers';
import { writeFileDurably } from '../core/store/durableWrite';
import type { CloseGate } from './closeGate';
import { setSpellcheckLanguage } from './setupSpellcheck';

// What only the desktop can do: ask where to save an export, close the window once the page has saved, spellcheck.
export function desktopTransport(
  services: Services,
  window: () => BrowserWindow | null,
  closeGate: CloseGate,
): TransportHandlers {
  return {
    'export.saveHtml': async ({ postId }) => {
      const file = await services.export.html({ postId });
      const owner = window();
      const options = { defaultPath: file.filename, filters: [{ name: 'HTML', extensions: ['html'] }] };
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false, path: null };
      await writeFileDurably(choice.filePath, file.content);
      return { saved: true, path: choice.filePath };
    },
    'app.readyToClose': () => closeGate.readyToClose(),
    'app.spellcheckLanguage': ({ lang }) => ({ languages: setSpellcheckLanguage(lang) }),
  };
}
