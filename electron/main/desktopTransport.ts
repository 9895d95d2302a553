import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { pathInside } from '../core/store/pathInside';
import type { Services, TransportHandlers } from '../core/handlers';
import { writeFileDurably } from '../core/store/durableWrite';
import { KanalError } from '../core/errors';
import { LINK_SCHEMES } from '../core/shared/policy';
import type { CloseGate } from './closeGate';
import { openExternalLink } from './openExternalLink';
import { setSpellcheckLanguage } from './setupSpellcheck';

// What only the desktop can do: ask where to save an export, close the window once the page has saved, open links outside, spellcheck.
export function desktopTransport(
  services: Services,
  window: () => BrowserWindow | null,
  closeGate: CloseGate,
): TransportHandlers {
  return {
    'export.save': async ({ format, ...input }) => {
      const file = await services.export[format](input);
      const owner = window();
      const extension = file.filename.slice(file.filename.lastIndexOf('.') + 1);
      const options = {
        defaultPath: file.filename,
        filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
      };
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false, path: null };
      // The pictures first, in images/ beside the file that refers to them.
      for (const asset of file.assets ?? []) {
        const target = pathInside(dirname(choice.filePath), asset.path);
        await mkdir(dirname(target), { recursive: true });
        await writeFileDurably(target, asset.data);
      }
      await writeFileDurably(choice.filePath, file.content);
      return { saved: true, path: choice.filePath };
    },
    'app.readyToClose': () => closeGate.readyToClose(),
    'app.openLink': async ({ url }) => {
      const opened = await openExternalLink(url);
      if (!opened) throw new KanalError('invalid-input', `Kanal opens only ${LINK_SCHEMES.join(', ')} links.`);
      return { url: opened };
    },
    'app.spellcheckLanguage': ({ lang }) => ({ languages: setSpellcheckLanguage(lang) }),
  };
}
